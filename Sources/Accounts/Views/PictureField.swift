import Media
import Plot
import TreffpunktCore

/// One picture of an account in a pictures form (a person's or a page's profile picture or header
/// image): the current one with a button to remove it, and a file field for a new one.
package enum PictureField {
    package static func render(_ purpose: MediaPurpose, current: Int64?, label: LocalizedText, idPrefix: String,
                               context: PageContext) -> Node<HTML.FormContext> {
        .div(
            .class("picture-field"),
            .h3(.text(context.t(label))),
            .unwrap(current) { id in
                .group(
                    .img(.class("settings-picture"), .safeSrc(MediaLinks.path(id, purpose == .avatar ? .small : .large)), .alt("")),
                    .button(.type(.submit), .safeName("remove_\(purpose.rawValue)"), .value("1"), .class("link-button"),
                            .text(context.t(AccountsText.removePicture)))
                )
            },
            .label(.safeFor("\(idPrefix)-\(purpose.rawValue)"), .text(context.t(AccountsText.choosePicture))),
            .input(.type(.file), .safeName(purpose.rawValue), .safeID("\(idPrefix)-\(purpose.rawValue)"),
                   .attribute(named: "accept", value: "image/jpeg,image/png,image/webp,image/gif"))
        )
    }
}
