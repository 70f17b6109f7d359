import TreffpunktCore
import Vapor

/// Mastodon's favourites (Treffpunkt's 👍 reaction) and boosts (shares), and who gave them.
struct StatusActionsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let status = api.grouped("v1", "statuses", ":id")
        status.post("favourite", use: favourite)
        status.post("unfavourite", use: unfavourite)
        status.post("reblog", use: reblog)
        status.post("unreblog", use: unreblog)
        status.get("favourited_by", use: favouritedBy)
        status.get("reblogged_by", use: rebloggedBy)
    }

    @Sendable func favourite(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:favourites")
        let viewer = try req.requireViewer()
        return try await req.mastodonStatus(try await req.postService.favourite(try req.postID(), by: viewer.id))
    }

    @Sendable func unfavourite(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:favourites")
        let viewer = try req.requireViewer()
        return try await req.mastodonStatus(try await req.postService.unreact(to: try req.postID(), by: viewer.id))
    }

    /// Answers with the share, whose `reblog` is the shared post.
    @Sendable func reblog(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:statuses")
        let viewer = try req.requireViewer()
        return try await req.mastodonStatus(try await req.postService.share(try req.postID(), by: viewer.id))
    }

    /// Answers with the post that was shared.
    @Sendable func unreblog(req: Request) async throws -> MastodonStatus {
        try req.requireScope("write", "write:statuses")
        let viewer = try req.requireViewer()
        return try await req.mastodonStatus(try await req.postService.unshare(try req.postID(), by: viewer.id))
    }

    @Sendable func favouritedBy(req: Request) async throws -> Response {
        try req.authorizeIfGotToken("read", "read:accounts")
        let entries = try await AccountLists(database: req.db)
            .reactors(of: try req.postID(), for: try await req.audienceViewer(), page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }

    @Sendable func rebloggedBy(req: Request) async throws -> Response {
        try req.authorizeIfGotToken("read", "read:accounts")
        let entries = try await AccountLists(database: req.db)
            .sharers(of: try req.postID(), for: try await req.audienceViewer(), page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }
}
