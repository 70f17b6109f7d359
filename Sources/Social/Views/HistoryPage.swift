import Foundation
import Media
import Plot
import TreffpunktCore

/// Every version of an edited post, newest first.
enum HistoryPage {
    struct Version {
        var html: String
        var writtenAt: Date
        var media: [MediaAttachment]
    }

    static func render(post: PresentedPost, versions: [Version], context: PageContext) -> HTML {
        Layout.page(context.t(SocialText.editHistory), context: context, content: .div(
            .h1(.text(context.t(SocialText.editHistory))),
            .p(.a(.safeHref(SiteURL.post(id: post.id).path), .text(context.t(SocialText.currentVersion)))),
            .ol(.class("history"), .forEach(versions) { version in
                .li(
                    .class("card"),
                    .p(.class("muted"), .text(DateText.dayAndTime(version.writtenAt, in: context.language))),
                    .div(.class("post-text"), .raw(version.html)),
                    PostMediaView.render(version.media, context: context)
                )
            })
        ))
    }
}
