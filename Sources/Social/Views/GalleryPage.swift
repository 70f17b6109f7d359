import Accounts
import Media
import Plot
import TreffpunktCore

/// A member's photos and videos as a grid; each opens the post it belongs to.
enum GalleryPage {
    struct Model {
        var member: MemberSummary
        var items: [GalleryService.Item]
        var olderURL: String?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let member = model.member
        return Layout.page(context.t(SocialText.galleryTitle(member.displayName)), context: context, content: .div(
            .h1(.text(context.t(SocialText.galleryTitle(member.displayName)))),
            ProfileTabs.render(username: member.username, current: .media, context: context),
            model.items.isEmpty
                ? .p(.class("muted"), .text(context.t(SocialText.noMedia)))
                : .ul(.class("media-gallery"), .forEach(model.items) { item in
                    .li(.a(
                        .safeHref(SiteURL.post(id: item.postID).path),
                        .img(.safeSrc(MediaLinks.path(item.medium.requireID(), .small)),
                             .safeAlt(item.medium.description),
                             .attribute(named: "loading", value: "lazy")),
                        .if(item.medium.kind == .video, .span(.class("media-badge"), .text("▶ " + context.t(SocialText.video))))
                    ))
                }),
            .unwrap(model.olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(SocialText.olderPosts)))) }
        ))
    }
}
