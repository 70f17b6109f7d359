import Plot
import TreffpunktCore

/// `/blogs`: the newest articles the reader may see, from every blog.
enum BlogsIndexPage {
    static func render(_ items: [ArticleItem], olderURL: String?, context: PageContext) -> HTML {
        let title = context.t(BlogsText.blogs)
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            .p(.class("muted"), .text(context.t(BlogsText.recentArticles))),
            .unwrap(context.viewer) { viewer in
                let mine = BlogAddress(kind: .person, slug: viewer.username)
                return .p(
                    .a(.class("button"), .safeHref(mine.path), .text(context.t(BlogsText.myBlog))), .text(" "),
                    .a(.class("button primary"), .safeHref(BlogURL.newArticle(mine).path), .text(context.t(BlogsText.newArticle)))
                )
            },
            ArticleItem.list(items, context: context, emptyText: BlogsText.noArticles, showsBlog: true),
            .unwrap(olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(BlogsText.olderArticles)))) }
        ))
    }
}
