import Plot
import TreffpunktCore

/// One article: cover, title, text, tags; for its writers the edit, cover and delete forms; for its
/// readers the reactions and comments of the post that announced it.
enum ArticlePage {
    struct Model {
        var blog: Blog
        var article: BlogArticle
        var writerName: String
        var discussion: Node<HTML.BodyContext> = .empty
        var coverError: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let article = model.article
        let address = model.blog.address
        return Layout.page(article.title, context: context, content: .article(
            .class("blog-article"),
            .p(.class("muted"), .a(.safeHref(address.path), .text(context.t(BlogsText.blogOf(model.blog.name))))),
            .unwrap(article.coverMediaID) { ArticleItem.cover($0, variant: .large, alt: article.title) },
            .h1(.text(article.title)),
            .p(.class("muted article-meta"), .text(context.t(BlogsText.by(model.writerName)) + " · "), ArticleItem.state(article, context: context)),
            .div(.class("article-body"), .raw(article.html)),
            ArticleItem.tags(article),
            .if(model.blog.mayEdit(article), editorTools(model, context: context)),
            .if(article.postID != nil, .section(
                .class("article-discussion"),
                .h2(.text(context.t(BlogsText.discussion))),
                model.discussion
            ))
        ))
    }

    private static func editorTools(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let address = model.blog.address
        let id = model.article.requireID()
        return .div(
            .class("card article-tools"),
            .p(.a(.class("button"), .safeHref(BlogURL.edit(address, id: id).path), .text(context.t(BlogsText.editArticle)))),
            .form(
                .class("cover-form"), .method(.post), .enctype(.multipartData), .safeAction(BlogURL.cover(address, id: id).path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"),
                Layout.csrfField(context.csrfToken),
                .div(
                    .safeClass(model.coverError == nil ? "field" : "field has-error"),
                    .label(.for("field-cover"), .text(context.t(BlogsText.coverLabel))),
                    .input(.id("field-cover"), .type(.file), .name("cover"), .attribute(named: "accept", value: "image/jpeg,image/png,image/webp,image/gif")),
                    .unwrap(model.coverError) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(context.t($0))) }
                ),
                .button(.type(.submit), .text(context.t(BlogsText.coverUpload))),
                .if(model.article.coverMediaID != nil,
                    .button(.type(.submit), .name("remove"), .value("1"), .text(context.t(BlogsText.coverRemove))))
            ),
            .form(
                .method(.post), .safeAction(BlogURL.delete(address, id: id).path),
                Layout.csrfField(context.csrfToken),
                .button(.type(.submit), .class("danger"), .text(context.t(BlogsText.deleteArticle)))
            )
        )
    }
}
