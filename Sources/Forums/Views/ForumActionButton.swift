import Plot
import TreffpunktCore

/// A one-button form that posts to a forum address, with one hidden field.
enum ForumActionButton {
    static func render<Context: HTML.BodyContext>(_ path: String, label: LocalizedText, field: (name: String, value: String),
                                                 style: String = "", context: PageContext) -> Node<Context> {
        .form(
            .class("inline-form"), .method(.post), .safeAction(path),
            Layout.csrfField(context.csrfToken),
            .input(.type(.hidden), .safeName(field.name), .safeValue(field.value)),
            .button(.type(.submit), .safeClass(style), .text(context.t(label)))
        )
    }

    /// "Subscribe" or "Unsubscribe", whichever applies.
    static func subscription<Context: HTML.BodyContext>(_ path: String, subscribed: Bool, context: PageContext) -> Node<Context> {
        render(path, label: subscribed ? ForumsText.unsubscribe : ForumsText.subscribe,
               field: ("value", subscribed ? "0" : "1"), context: context)
    }
}
