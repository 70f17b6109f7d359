import Media
import Plot
import TreffpunktCore

/// A post's photos and videos. Pictures show their small variant and open the large one; every
/// medium carries its alt text for screen readers; a video still being processed shows how far it
/// is (`media.js` updates the number and reloads the page when it is ready).
package enum PostMediaView {
    package static func render<Context: HTML.BodyContext>(_ media: [MediaAttachment], context: PageContext) -> Node<Context> {
        .if(!media.isEmpty, .div(
            .safeClass(media.count > 1 ? "post-media grid-\(media.count)" : "post-media"),
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
                .safeAttribute(named: "data-media-status", value: SiteURL.mediaStatus(id: id).path),
                .text(context.t(SocialText.videoProcessing) + " "),
                .span(.class("media-progress"), .text("\(Int(medium.progress * 100)) %"))
            )
        case (.video, .ready):
            return .element(named: "video", nodes: [
                .attribute(named: "controls", value: "controls"), .attribute(named: "preload", value: "metadata"),
                .safeAttribute(named: "src", value: MediaLinks.path(id, .video)),
                .safeAttribute(named: "poster", value: MediaLinks.path(id, .large)),
                .safeAttribute(named: "aria-label", value: description.isEmpty ? context.t(SocialText.videoWithoutDescription) : description),
                .safeAttribute(named: "data-placeholder-color", value: placeholder),
            ])
        case (.image, _):
            return .a(
                .safeHref(MediaLinks.path(id, .large)),
                .img(
                    .safeSrc(MediaLinks.path(id, .small)), .safeAlt(description),
                    .safeAttribute(named: "width", value: medium.smallWidth.map(String.init) ?? ""),
                    .safeAttribute(named: "height", value: medium.smallHeight.map(String.init) ?? ""),
                    .attribute(named: "loading", value: "lazy"),
                    .safeAttribute(named: "data-placeholder-color", value: placeholder)
                )
            )
        }
    }
}
