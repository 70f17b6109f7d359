import Accounts
import Plot
import TreffpunktCore

/// One topic in a list: title, badges (solved, pinned, locked, unread), replies and latest activity.
enum TopicRow {
    struct Item {
        let topic: ForumTopic
        let path: String
        let author: MemberSummary?
        let state: ReadState?
    }

    static func list(_ items: [Item], context: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("post-list forum-topics"), .forEach(items) { item in .li(.class("card forum-topic"), row(item, context: context)) })
    }

    private static func row(_ item: Item, context: PageContext) -> Node<HTML.BodyContext> {
        let topic = item.topic
        return .group(
            .h3(
                .a(.safeHref(item.path), .text(topic.title)),
                .if(topic.pinned, badge(ForumsText.pinned, "forum-pinned", context)),
                .if(topic.isSolved, badge(ForumsText.solved, "forum-solved", context)),
                .if(topic.locked, badge(ForumsText.locked, "forum-locked", context)),
                .unwrap(item.state) { state in
                    switch state {
                    case .unread: badge(ForumsText.unread, "forum-unread", context)
                    case .newReplies(let count) where count > 0: badge(ForumsText.newReplies(count), "forum-unread", context)
                    case .newReplies: .empty
                    }
                }
            ),
            .p(.class("muted post-meta"),
               .text(context.t(ForumsText.startedBy(item.author?.displayName ?? "–",
                                                    DateText.day(topic.createdAt ?? topic.activityAt, in: context.language)))),
               .text(" · "), .text(context.t(ForumsText.replyCount(topic.replyCount))),
               .text(" · "), .text(context.t(ForumsText.lastActivity(DateText.dayAndTime(topic.activityAt, in: context.language)))))
        )
    }

    static func badge(_ text: LocalizedText, _ kind: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(.text(" "), .span(.safeClass("badge \(kind)"), .text(context.t(text))))
    }
}
