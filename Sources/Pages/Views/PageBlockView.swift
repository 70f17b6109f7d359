import Accounts
import Media
import Plot
import TreffpunktCore

/// One building block on the page, as visitors see it.
enum PageBlockView {
    /// What blocks show besides their own fields, loaded for all blocks at once.
    struct Context {
        var profile: PageProfile
        var members: [Int64: MemberSummary]
        var media: [Int64: MediaAttachment]
        /// The page's newest posts the reader may see, as post cards.
        var latestPosts: Node<HTML.BodyContext>
    }

    static func render(_ block: PageBlock, data: Context, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .safeClass("page-block page-block-\(block.kind.rawValue) card"), .safeID("block-\(block.requireID())"),
            .if(!block.title.isEmpty, .h2(.text(block.title))),
            content(block, data: data, context: context)
        )
    }

    private static func content(_ block: PageBlock, data: Context, context: PageContext) -> Node<HTML.BodyContext> {
        switch block.kind {
        case .text:
            // Markdown like every long text; the renderer's sanitiser lets no markup of the editor run.
            return .div(.class("page-text"), .raw(MarkdownRenderer().html(block.body)))
        case .image:
            guard let mediumID = block.mediaID, data.media[mediumID] != nil else {
                return .p(.class("muted"), .text(context.t(PagesText.imageMissing)))
            }
            return .img(.class("page-image"), .safeSrc(MediaLinks.path(mediumID, .large)), .safeAlt(block.body))
        case .links:
            return .ul(.class("page-links"), .forEach(block.links) { link in .li(.a(.safeHref(link.url), .text(link.label))) })
        case .contact:
            return contact(data.profile, context: context)
        case .team:
            return .ul(.class("people-list"), .forEach(block.team.compactMap { entry in data.members[entry.memberID].map { (entry, $0) } }) { entry, member in
                .li(
                    .class("person"),
                    MemberAvatar.render(member, small: true),
                    .div(
                        .a(.safeHref(SiteURL.profile(username: member.username).path), .text(member.displayName)),
                        .p(.class("muted"), .text(entry.position.isEmpty ? member.position : entry.position))
                    )
                )
            })
        case .latestPosts:
            return data.latestPosts
        case .jobs:
            return .p(.class("muted"), .text(context.t(PagesText.noJobs)))
        }
    }

    /// Address, phone, e-mail and website from the about section.
    static func contact(_ profile: PageProfile, context: PageContext) -> Node<HTML.BodyContext> {
        guard profile.hasContact else { return .p(.class("muted"), .text(context.t(PagesText.noContact))) }
        return .dl(
            .class("page-contact"),
            .if(!profile.address.isEmpty, .group(.dt(.text(context.t(PagesText.address))), .dd(PageViewParts.paragraphs(profile.address)))),
            .if(!profile.phone.isEmpty, .group(.dt(.text(context.t(PagesText.phone))),
                                               .dd(.a(.safeHref("tel:" + profile.phone.filter { $0.isNumber || $0 == "+" }), .text(profile.phone))))),
            .if(!profile.email.isEmpty, .group(.dt(.text(context.t(PagesText.email))), .dd(.a(.safeHref("mailto:" + profile.email), .text(profile.email))))),
            .if(!profile.website.isEmpty, .group(.dt(.text(context.t(PagesText.website))), .dd(.a(.safeHref(profile.website), .text(profile.website)))))
        )
    }
}
