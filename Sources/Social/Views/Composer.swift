import Plot
import TreffpunktCore

/// The form for a new post: text, audience, and — on a friend's profile — the Pinnwand it goes on;
/// in a space, the space is the audience.
enum Composer {
    struct Model {
        var text = ""
        var visibility: PostVisibility
        var wallOwnerID: Int64?
        var label: LocalizedText = SocialText.composeLabel
        var error: LocalizedText?
        var returnTo: String
        var quoteOfID: Int64?
        var spaceID: Int64?
        /// Off where another form on the page already offers files (a page has one picker).
        var offersMedia = true
    }

    static func render<Context: HTML.BodyContext>(_ model: Model, context: PageContext) -> Node<Context> {
        .form(
            .class("composer card"), .method(.post), .id("composer"), .enctype(.multipartData),
            .safeAction(MediaPicker.formAction(SiteURL.posts.path, context: context)),
            Layout.csrfField(context.csrfToken),
            .input(.type(.hidden), .name("return_to"), .safeValue(model.returnTo)),
            .unwrap(model.wallOwnerID) { .input(.type(.hidden), .name("wall_owner_id"), .safeValue(String($0))) },
            .unwrap(model.quoteOfID) { .input(.type(.hidden), .name("quote_of_id"), .safeValue(String($0))) },
            .unwrap(model.spaceID) { .input(.type(.hidden), .name("space_id"), .safeValue(String($0))) },
            FormField.textArea("text", label: context.t(model.label), value: model.text, error: model.error.map { context.t($0) },
                               rows: 3, maxLength: PostText.maximumLength),
            .if(model.offersMedia, MediaPicker.render(context: context)),
            .div(
                .class("composer-row"),
                model.spaceID == nil
                    ? FormField.select("visibility", label: context.t(SocialText.visibilityLabel),
                                       options: PostVisibility.choosable.map { (value: $0.rawValue, label: context.t($0.label)) },
                                       selected: model.visibility.rawValue)
                    : .p(.class("muted"), .text(context.t(PostVisibility.space.label))),
                .button(.type(.submit), .class("primary"), .text(context.t(SocialText.publish)))
            )
        )
    }
}
