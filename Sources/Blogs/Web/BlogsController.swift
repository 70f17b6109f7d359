import Accounts
import Social
import TreffpunktCore
import Vapor

/// Reading blogs: `/blogs`, a blog's page, an article with its discussion.
struct BlogsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.blogs.route, use: index)
        for kind in BlogKind.allCases {
            web.get(BlogURL.route(kind)) { try await blog(req: $0, kind: kind) }
            web.get(BlogURL.route(kind, ":id")) { try await article(req: $0, kind: kind) }
        }
    }

    /// The newest articles the reader may see, from every blog.
    @Sendable func index(req: Request) async throws -> Response {
        try await req.publishDueArticles()
        let cursor = ArticleCursor(req.query[String.self, at: "before"])
        let articles = try await ArticleQueries(database: req.db).published(in: nil, for: try await req.audienceViewer(), before: cursor)
        let olderURL = Self.olderURL(SiteURL.blogs.path, articles)
        return BlogsIndexPage.render(try await req.articleItems(articles), olderURL: olderURL, context: try await req.pageContext()).response()
    }

    func blog(req: Request, kind: BlogKind) async throws -> Response {
        try await req.publishDueArticles()
        let blog = try await req.blog(kind)
        let queries = ArticleQueries(database: req.db)
        let cursor = ArticleCursor(req.query[String.self, at: "before"])
        let published = try await queries.published(in: blog, for: try await req.audienceViewer(), before: cursor)
        let model = BlogPage.Model(blog: blog, published: try await req.articleItems(published, in: blog),
                                   unpublished: cursor == nil ? try await req.articleItems(try await queries.unpublished(in: blog), in: blog) : [],
                                   olderURL: Self.olderURL(blog.path, published))
        return BlogPage.render(model, context: try await req.pageContext()).response()
    }

    func article(req: Request, kind: BlogKind) async throws -> Response {
        try await req.publishDueArticles()
        let blog = try await req.blog(kind)
        let article = try await req.article(in: blog)
        return try await Self.render(article, in: blog, req: req)
    }

    /// The article's page; `coverError` tells its writer why a cover was refused.
    static func render(_ article: BlogArticle, in blog: Blog, req: Request, coverError: UserFacingError? = nil) async throws -> Response {
        let context = try await req.pageContext()
        let writer = try await MemberLookup(database: req.db).member(id: article.writerID)
        var model = ArticlePage.Model(blog: blog, article: article, writerName: writer?.displayName ?? blog.name, coverError: coverError?.message)
        if let postID = article.postID {
            model.discussion = try await req.postDiscussion(postID, context: context)
        }
        return ArticlePage.render(model, context: context).response(status: coverError?.status ?? .ok)
    }

    /// The next page's address when this one is full.
    static func olderURL(_ path: String, _ articles: [BlogArticle]) -> String? {
        guard articles.count == ArticleQueries.pageSize, let last = articles.last else { return nil }
        return "\(path)?before=\(ArticleCursor(after: last).text)"
    }
}
