import Foundation
import Media
import Plot
import TreffpunktCore

/// An article in a list (a blog, /blogs, search): cover, title, where and when, teaser and tags.
struct ArticleItem: Sendable {
    let article: BlogArticle
    let address: BlogAddress
    let blogName: String

    var path: String { BlogURL.article(address, id: article.requireID()).path }

    static func list(_ items: [ArticleItem], context: PageContext, emptyText: LocalizedText, showsBlog: Bool) -> Node<HTML.BodyContext> {
        guard !items.isEmpty else { return .p(.class("muted empty"), .text(context.t(emptyText))) }
        return .ol(.class("article-list"), .forEach(items) { item in
            .li(.class("card article-summary"),
                .unwrap(item.article.coverMediaID) { cover($0, variant: .small, alt: item.article.title) },
                .h3(.a(.safeHref(item.path), .text(item.article.title))),
                .p(.class("muted article-meta"),
                   .if(showsBlog, .a(.safeHref(item.address.path), .text(item.blogName))),
                   .if(showsBlog, .text(" · ")),
                   state(item.article, context: context)),
                .p(.class("article-teaser"), .text(ArticleTeaser.make(fromHTML: item.article.html))),
                tags(item.article))
        })
    }

    /// "Entwurf", "geplant für …" or the day it appeared.
    static func state(_ article: BlogArticle, context: PageContext) -> Node<HTML.BodyContext> {
        switch article.state {
        case .draft:
            return .span(.class("badge article-state"), .text(context.t(BlogsText.draft)))
        case .scheduled:
            let moment = article.publishAt.map { DateText.dayAndTime($0, in: context.language) } ?? ""
            return .span(.class("badge article-state"), .text(context.t(BlogsText.scheduledFor(moment))))
        case .published:
            let moment = article.publishedAt.map { DateText.day($0, in: context.language) } ?? ""
            return .span(.text(context.t(BlogsText.publishedOn(moment))))
        }
    }

    static func tags(_ article: BlogArticle) -> Node<HTML.BodyContext> {
        .if(!article.tagList.isEmpty, .ul(.class("article-tags"), .forEach(article.tagList) { tag in
            .li(.a(.safeHref(SiteURL.tag(tag).path), .text("#" + tag)))
        }))
    }

    /// Covers are the blog's pictures, served to everyone like a page's pictures.
    static func cover(_ mediumID: Int64, variant: MediaVariant, alt: String) -> Node<HTML.BodyContext> {
        .img(.class("article-cover"), .safeSrc(MediaLinks.path(mediumID, variant)), .safeAlt(alt), .attribute(named: "loading", value: "lazy"))
    }
}
