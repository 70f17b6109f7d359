import Accounts
import TreffpunktCore
import Vapor

/// Mastodon's search (v2): people, posts the reader may see, and hashtags. For members only, like the
/// search page: the member directory stays inside the company. Nothing is looked up elsewhere, so
/// `resolve` changes nothing.
struct SearchAPIController {
    func boot(_ api: any RoutesBuilder) {
        api.get("v2", "search", use: search)
        api.get("v1", "accounts", "search", use: searchAccounts)
    }

    /// Mastodon's account search, which apps use to complete @mentions: the same people search.
    /// `resolve` and `following` change nothing (nothing lives elsewhere; the directory is small).
    @Sendable func searchAccounts(req: Request) async throws -> [MastodonAccount] {
        try req.requireScope("read", "read:accounts")
        let page = try req.pageRequest()
        let results = try await SearchService(database: req.db).search(req.query[String.self, at: "q"] ?? "", kinds: [.accounts],
                                                                        viewer: try await req.audienceViewer(), limit: page.limit)
        let renderer = try await MastodonRenderer.load(for: req, posts: [], members: results.people)
        return results.people.map(renderer.account)
    }

    @Sendable func search(req: Request) async throws -> MastodonSearchResults {
        try req.requireScope("read", "read:search")
        let page = try req.pageRequest()
        var kinds: Set<SearchService.Kind> = [.accounts, .statuses, .hashtags]
        if let type = req.query[String.self, at: "type"], !type.isEmpty {
            // An unknown type finds nothing, as in Mastodon.
            kinds = SearchService.Kind(rawValue: type).map { [$0] } ?? []
        }
        let results = try await SearchService(database: req.db).search(req.query[String.self, at: "q"] ?? "", kinds: kinds,
                                                                        viewer: try await req.audienceViewer(),
                                                                        limit: page.limit, maxID: page.maxID)
        let posts = try await req.present(results.posts)
        let renderer = try await MastodonRenderer.load(for: req, posts: posts, members: results.people)
        return MastodonSearchResults(accounts: results.people.map(renderer.account), statuses: posts.map { renderer.status($0) },
                                     hashtags: results.hashtags.map { MastodonTag(name: $0.name, publicURL: req.config.publicURL) })
    }
}
