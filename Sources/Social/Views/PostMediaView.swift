import Media
import Plot
import TreffpunktCore

/// A post's photos and videos. Pictures show their small variant and open the large one; every
/// medium carries its alt text for screen readers; a video still being processed shows how far it
/// is (`media.js` updates the number and reloads the page when it is ready).
package enum PostMediaView {
    package static func render<Context: HTML.BodyContext>(_ media: [MediaAttachment], context: PageContext) -> Node<Context> {
        .if(!media.isEmpty, .div(
            .class(media.count > 1 ? "post-media grid-\(media.count)" : "post-media"),
            .forEach(media) { medium in item(medium, context: context) }
        ))
    }

    static func item<Context: HTML.BodyContext>(_ medium: MediaAttachment, context: PageContext) -> Node<Context> {
        let id = medium.requireID()
        let description = medium.description
        // The page's policy allows no inline style: media.js paints the placeholder colour.
        let placeholder = medium.averageColor ?? ""
        switch (medium.kind, medium.state) {
        case (_, .failed):
            return .p(.class("media-processing muted"), .text(context.t(SocialText.mediaFailed)))
        case (.video, .processing):
            return .div(
                .class("media-processing"), .attribute(named: "role", value: "status"),
                .attribute(named: "data-media-status", value: SiteURL.mediaStatus(id: id).path),
                .text(context.t(SocialText.videoProcessing) + " "),
                .span(.class("media-progress"), .text("\(Int(medium.progress * 100)) %"))
            )
        case (.video, .ready):
            return .element(named: "video", nodes: [
                .attribute(named: "controls", value: "controls"), .attribute(named: "preload", value: "metadata"),
                .attribute(named: "src", value: MediaLinks.path(id, .video)),
                .attribute(named: "poster", value: MediaLinks.path(id, .large)),
                .safeAttribute(named: "aria-label", value: description.isEmpty ? context.t(SocialText.videoWithoutDescription) : description),
                .attribute(named: "data-placeholder-color", value: placeholder),
            ])
        case (.image, _):
            return .a(
                .href(MediaLinks.path(id, .large)),
                .img(
                    .src(MediaLinks.path(id, .small)), .safeAttribute(named: "alt", value: description),
                    .attribute(named: "width", value: medium.smallWidth.map(String.init) ?? ""),
                    .attribute(named: "height", value: medium.smallHeight.map(String.init) ?? ""),
                    .attribute(named: "loading", value: "lazy"),
                    .attribute(named: "data-placeholder-color", value: placeholder)
                )
            )
        }
    }
}
