import TreffpunktCore
import Vapor

/// `…/blog/feed.rss` and `…/blog/feed.atom` of person and page blogs: the public articles a logged-out
/// visitor reads, whoever asks. Space blogs have none.
struct BlogFeedController {
    func boot(_ web: any RoutesBuilder) {
        for kind in BlogKind.allCases {
            web.get(BlogURL.route(kind, "feed.rss")) { try await feed(req: $0, kind: kind, atom: false) }
            web.get(BlogURL.route(kind, "feed.atom")) { try await feed(req: $0, kind: kind, atom: true) }
        }
    }

    func feed(req: Request, kind: BlogKind, atom: Bool) async throws -> Response {
        guard kind != .space else { throw UserFacingError.notFound(BlogsText.noPublicFeed) }
        try await req.publishDueArticles()
        let blog = try await req.blog(kind)
        let visitorsBlog = Blog(address: blog.address, ownerID: blog.ownerID, name: blog.name, readerID: nil, mayWrite: false, mayEditAll: false)
        let articles = try await ArticleQueries(database: req.db).published(in: visitorsBlog, for: .visitor)
        let items = try await req.articleItems(articles, in: visitorsBlog)
        let body = atom
            ? BlogFeed.atom(visitorsBlog, items: items, publicURL: req.config.publicURL, language: req.language)
            : BlogFeed.rss(visitorsBlog, items: items, publicURL: req.config.publicURL, language: req.language)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: atom ? "atom+xml" : "rss+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
