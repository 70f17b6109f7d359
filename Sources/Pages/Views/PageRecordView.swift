import Accounts
import Plot
import TreffpunktCore

/// The page's record on its management page: who of the team (or which administrator) edited or
/// deleted a post of the page or a comment under one, newest first.
enum PageRecordView {
    struct Line {
        let record: PagePostRecord
        let member: MemberSummary?
    }

    static func render(_ lines: [Line], context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card page-record"), .id("record"),
            .h2(.text(context.t(PagesText.recordTitle))),
            lines.isEmpty ? .p(.class("muted"), .text(context.t(PagesText.recordEmpty))) : .ul(.forEach(lines) { line in
                let name = line.member?.displayName ?? context.t(PagesText.deletedAccount)
                let text = context.t(PagesText.recordLine(name, line.record.action, comment: line.record.isComment))
                let when = line.record.createdAt.map { " · " + DateText.dayAndTime($0, in: context.language) } ?? ""
                return .li(
                    .text(text),
                    .if(line.record.action == .edited && !line.record.isComment,
                        .group(.text(" ("), .a(.safeHref(SiteURL.postHistory(id: line.record.postID).path), .text("#\(line.record.postID)")), .text(")"))),
                    .span(.class("muted"), .text(when))
                )
            })
        )
    }
}
