import Plot
import TreffpunktCore

/// The photo and video field of the composer and the comment form, folded away until wanted.
package enum MediaPicker {
    static let accepted = "image/jpeg,image/png,image/webp,image/gif,video/mp4,video/webm,video/quicktime"

    package static func render(context: PageContext) -> Node<HTML.FormContext> {
        .details(
            .class("composer-media"),
            .summary(.text(context.t(SocialText.addMedia))),
            .label(.for("composer-media-files"), .class("visually-hidden"), .text(context.t(SocialText.addMedia))),
            .input(.type(.file), .name("media"), .id("composer-media-files"), .attribute(named: "multiple", value: "multiple"),
                   .safeAttribute(named: "accept", value: accepted)),
            FormField.textArea("media_description", label: context.t(SocialText.mediaDescriptionLabel), value: "", rows: 2,
                               maxLength: 1_500)
        )
    }

    /// A form with files is read as it streams in, after the form token is checked: the token rides
    /// in the form's address as well.
    package static func formAction(_ path: String, context: PageContext) -> String {
        path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"
    }
}
