import Plot
import TreffpunktCore

enum EditPostPage {
    struct Model {
        var postID: Int64
        var text: String
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(SocialText.editPost), context: context, content: .div(
            .h1(.text(context.t(SocialText.editPost))),
            .form(
                .class("card"), .method(.post), .safeAction(SiteURL.postEdit(id: model.postID).path),
                Layout.csrfField(context.csrfToken),
                FormField.textArea("text", label: context.t(SocialText.post), value: model.text, error: model.error.map { context.t($0) },
                                   rows: 6, maxLength: PostText.maximumLength),
                .button(.type(.submit), .class("primary"), .text(context.t(SocialText.save)))
            )
        ))
    }
}
