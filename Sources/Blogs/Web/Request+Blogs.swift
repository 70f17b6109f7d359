import Accounts
import Fluent
import Social
import TreffpunktCore
import Vapor

extension Request {
    /// The blog of the address, as the reader stands to it.
    func blog(_ kind: BlogKind) async throws -> Blog {
        let slug: String
        if kind == .person {
            guard let handle = parameters.get("handle"), handle.hasPrefix("@") else { throw UserFacingError.notFound(BlogsText.blogNotFound) }
            slug = String(handle.dropFirst())
        } else {
            slug = parameters.get("slug") ?? ""
        }
        return try await BlogDirectory(database: db).blog(BlogAddress(kind: kind, slug: slug), for: viewer)
    }

    /// The article of the path in this blog, if the reader may see it; else not found, whether it exists or not.
    func article(in blog: Blog) async throws -> BlogArticle {
        guard let id = parameters.get("id", as: Int64.self),
              let article = try await BlogArticle.find(id, on: db),
              article.blogKind == blog.kind, article.blogID == blog.ownerID,
              ArticleQueries.maySee(article, in: blog, as: try await audienceViewer()) else {
            throw UserFacingError.notFound(BlogsText.articleNotFound)
        }
        return article
    }

    var articlePublisher: ArticlePublisher { ArticlePublisher(database: db, publicURL: config.publicURL) }

    var articleService: ArticleService { ArticleService(database: db, publicURL: config.publicURL) }

    /// Publishes what is due before a page shows the blogs, so no reader sees a stale state.
    func publishDueArticles() async throws {
        try await articlePublisher.publishDue(logger: logger)
    }

    /// Articles with their blogs' addresses and names; an article whose blog the reader may not know of is left out.
    func articleItems(_ articles: [BlogArticle], in blog: Blog? = nil) async throws -> [ArticleItem] {
        if let blog { return articles.map { ArticleItem(article: $0, address: blog.address, blogName: blog.name) } }
        let blogs = try await BlogDirectory(database: db).blogs(of: articles, readerID: viewer?.id)
        return articles.compactMap { article in
            blogs[article.blogID].map { ArticleItem(article: article, address: $0.address, blogName: $0.name) }
        }
    }
}
