import Plot
import TreffpunktCore

/// A blog: its published articles newest first, and for its writers the drafts and scheduled ones.
enum BlogPage {
    struct Model {
        var blog: Blog
        var published: [ArticleItem]
        var unpublished: [ArticleItem]
        var olderURL: String?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let blog = model.blog
        let title = context.t(BlogsText.blogOf(blog.name))
        return Layout.page(title, context: context, content: .div(
            .class("blog"),
            .h1(.text(title)),
            .if(blog.mayWrite, .p(.a(.class("button primary"), .safeHref(BlogURL.newArticle(blog.address).path),
                                     .text(context.t(BlogsText.newArticle))))),
            .if(!model.unpublished.isEmpty, .section(
                .class("blog-unpublished"),
                .h2(.text(context.t(BlogsText.unpublished))),
                ArticleItem.list(model.unpublished, context: context, emptyText: BlogsText.noArticles, showsBlog: false)
            )),
            .section(
                .class("blog-published"),
                .h2(.class("visually-hidden"), .text(context.t(BlogsText.blog))),
                ArticleItem.list(model.published, context: context, emptyText: BlogsText.noArticles, showsBlog: false)
            ),
            .unwrap(model.olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(BlogsText.olderArticles)))) },
            .if(blog.hasPublicFeed, .p(
                .class("muted blog-feeds"),
                .a(.safeHref(BlogURL.rss(blog.address).path), .attribute(named: "type", value: "application/rss+xml"), .text("RSS")),
                .text(" · "),
                .a(.safeHref(BlogURL.atom(blog.address).path), .attribute(named: "type", value: "application/atom+xml"), .text("Atom"))
            ))
        ))
    }
}
