import TreffpunktCore
import Vapor

/// Mastodon's lists about one account: its statuses, its followers and whom it follows.
struct AccountListsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let account = api.grouped("v1", "accounts", ":id")
        account.get("statuses", use: statuses)
        account.get("followers", use: followers)
        account.get("following", use: following)
    }

    /// The account's own posts and shares. Comments stay in their threads (`context`), because a
    /// comment is seen by whoever sees its post, which a list by author cannot tell; pinning does not
    /// exist, so that list is empty.
    @Sendable func statuses(req: Request) async throws -> Response {
        try req.authorizeIfGotToken("read", "read:statuses")
        let member = try await req.memberParameter()
        let page = try req.pageRequest()
        if req.queryFlag("pinned") { return try req.paged([MastodonStatus](), cursors: []) }
        let posts = try await FeedService(database: req.db).authored(by: member.id, for: try await req.audienceViewer(), page: page,
                                                                     includeShares: !req.queryFlag("exclude_reblogs"),
                                                                     onlyMedia: req.queryFlag("only_media"))
        return try req.paged(try await req.mastodonStatuses(posts), cursors: posts.map { $0.requireID() })
    }

    /// Friends and plain followers, for members only: who knows whom stays inside the company.
    @Sendable func followers(req: Request) async throws -> Response {
        try req.requireScope("read", "read:accounts")
        let member = try await req.memberParameter()
        let entries = try await AccountLists(database: req.db)
            .followers(of: member.id, for: try await req.audienceViewer(), page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }

    @Sendable func following(req: Request) async throws -> Response {
        try req.requireScope("read", "read:accounts")
        let member = try await req.memberParameter()
        let entries = try await AccountLists(database: req.db)
            .following(of: member.id, for: try await req.audienceViewer(), page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }
}
