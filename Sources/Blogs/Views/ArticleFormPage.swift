import Plot
import TreffpunktCore

/// Writing or changing an article: title, Markdown text, tags, audience, and draft, schedule or publish.
enum ArticleFormPage {
    struct Model {
        var blog: Blog
        /// Nil while the article is new.
        var article: BlogArticle?
        var draft: ArticleDraft
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(model.article == nil ? BlogsText.newArticle : BlogsText.editArticle)
        let address = model.blog.address
        let action = model.article.map { BlogURL.edit(address, id: $0.requireID()).path } ?? BlogURL.newArticle(address).path
        let isPublished = model.article?.state == .published
        let error = { (field: String) in model.errors[field].map { context.t($0) } }
        return Layout.page(title, context: context, content: .div(
            .p(.class("muted"), .a(.safeHref(address.path), .text(context.t(BlogsText.blogOf(model.blog.name))))),
            .h1(.text(title)),
            .form(
                .class("card article-form"), .method(.post), .safeAction(action),
                Layout.csrfField(context.csrfToken),
                FormField.input("title", label: context.t(BlogsText.titleLabel), value: model.draft.title, error: error("title"),
                                maxLength: ArticleDraft.titleMaximum),
                FormField.textArea("body", label: context.t(BlogsText.bodyLabel), value: model.draft.body, error: error("body"),
                                   rows: 16, maxLength: ArticleDraft.bodyMaximum, hint: context.t(BlogsText.bodyHint)),
                FormField.input("tags", label: context.t(BlogsText.tagsLabel), value: model.draft.tags, error: error("tags"),
                                required: false, hint: context.t(BlogsText.tagsHint)),
                visibilityField(model, context: context, error: error("visibility")),
                .if(!isPublished, FormField.input("publish_at", label: context.t(BlogsText.publishAtLabel), value: model.draft.publishAt,
                                                  error: error("publish_at"), type: .datetimeLocal, required: false)),
                .unwrap(error("intent")) { .p(.class("field-error"), .text($0)) },
                .div(
                    .class("form-actions"),
                    isPublished
                        ? .button(.type(.submit), .class("primary"), .name("intent"), .value("keep"), .text(context.t(BlogsText.save)))
                        : .group(
                            .button(.type(.submit), .name("intent"), .safeValue(ArticleDraft.Intent.draft.rawValue), .text(context.t(BlogsText.saveDraft))),
                            .button(.type(.submit), .name("intent"), .safeValue(ArticleDraft.Intent.schedule.rawValue), .text(context.t(BlogsText.schedule))),
                            .button(.type(.submit), .class("primary"), .name("intent"), .safeValue(ArticleDraft.Intent.publish.rawValue),
                                    .text(context.t(BlogsText.publishNow)))
                        )
                )
            )
        ))
    }

    /// A space's articles are for its members; person and page blogs choose public or members.
    private static func visibilityField(_ model: Model, context: PageContext, error: String?) -> Node<HTML.FormContext> {
        guard model.blog.kind != .space else {
            return .p(.class("muted"), .text(context.t(BlogsText.visibilitySpace)))
        }
        let options = [(value: PostVisibility.public.rawValue, label: context.t(BlogsText.visibilityPublic)),
                       (value: PostVisibility.members.rawValue, label: context.t(BlogsText.visibilityMembers))]
        return FormField.select("visibility", label: context.t(BlogsText.visibilityLabel), options: options,
                                selected: model.draft.visibility.isEmpty ? PostVisibility.public.rawValue : model.draft.visibility, error: error)
    }
}
