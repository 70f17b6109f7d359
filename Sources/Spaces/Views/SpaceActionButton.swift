import Plot
import TreffpunktCore

/// A one-button form that posts to a space's address.
enum SpaceActionButton {
    static func render<Context: HTML.BodyContext>(_ url: SpaceURL, label: LocalizedText, style: String = "", context: PageContext,
                                                 field: (name: String, value: String)? = nil) -> Node<Context> {
        .form(
            .class("inline-form"), .method(.post), .safeAction(url.path),
            Layout.csrfField(context.csrfToken),
            .unwrap(field) { .input(.type(.hidden), .safeName($0.name), .safeValue($0.value)) },
            .button(.type(.submit), .safeClass(style), .text(context.t(label)))
        )
    }
}
