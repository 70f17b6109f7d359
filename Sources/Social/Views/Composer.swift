import Plot
import TreffpunktCore

/// The form for a new post: text, audience, and — on a friend's profile — the Pinnwand it goes on.
enum Composer {
    struct Model {
        var text = ""
        var visibility: PostVisibility
        var wallOwnerID: Int64?
        var label: LocalizedText = SocialText.composeLabel
        var error: LocalizedText?
        var returnTo: String
        var quoteOfID: Int64?
    }

    static func render<Context: HTML.BodyContext>(_ model: Model, context: PageContext) -> Node<Context> {
        // With files the form is read as it streams in, so its token also rides in the address.
        .form(
            .class("composer card"), .method(.post), .id("composer"), .enctype(.multipartData),
            .action(SiteURL.posts.path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"),
            Layout.csrfField(context.csrfToken),
            .input(.type(.hidden), .name("return_to"), .safeValue(model.returnTo)),
            .unwrap(model.wallOwnerID) { .input(.type(.hidden), .name("wall_owner_id"), .value(String($0))) },
            .unwrap(model.quoteOfID) { .input(.type(.hidden), .name("quote_of_id"), .value(String($0))) },
            FormField.textArea("text", label: context.t(model.label), value: model.text, error: model.error.map { context.t($0) },
                               rows: 3, maxLength: PostText.maximumLength),
            .details(
                .class("composer-media"),
                .summary(.text(context.t(SocialText.addMedia))),
                .label(.for("composer-media-files"), .class("visually-hidden"), .text(context.t(SocialText.addMedia))),
                .input(.type(.file), .name("media"), .id("composer-media-files"), .attribute(named: "multiple", value: "multiple"),
                       .attribute(named: "accept", value: "image/jpeg,image/png,image/webp,image/gif,video/mp4,video/webm,video/quicktime")),
                FormField.textArea("media_description", label: context.t(SocialText.mediaDescriptionLabel), value: "", rows: 2,
                                   maxLength: 1_500)
            ),
            .div(
                .class("composer-row"),
                FormField.select("visibility", label: context.t(SocialText.visibilityLabel),
                                 options: PostVisibility.allCases.map { (value: $0.rawValue, label: context.t($0.label)) },
                                 selected: model.visibility.rawValue),
                .button(.type(.submit), .class("primary"), .text(context.t(SocialText.publish)))
            )
        )
    }
}
