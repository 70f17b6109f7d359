import TreffpunktCore
import Vapor

/// Mastodon's timelines: the member's newsfeed (home), the public timeline and hashtag timelines,
/// newest first, paged with `max_id`, `since_id` and `min_id`.
struct TimelinesAPIController {
    func boot(_ api: any RoutesBuilder) {
        let timelines = api.grouped("v1", "timelines")
        timelines.get("home", use: home)
        timelines.get("public", use: publicTimeline)
        timelines.get("tag", ":hashtag", use: hashtag)
    }

    @Sendable func home(req: Request) async throws -> Response {
        try req.requireScope("read", "read:statuses")
        let page = try req.pageRequest()
        return try await respond(req, try await FeedService(database: req.db).home(for: try await req.audienceViewer(), page: page))
    }

    /// Everything here is local (`local=true` changes nothing); there are no remote posts.
    @Sendable func publicTimeline(req: Request) async throws -> Response {
        try req.authorizeIfGotToken("read", "read:statuses")
        let page = try req.pageRequest()
        if req.queryFlag("remote") { return try req.paged([MastodonStatus](), cursors: []) }
        return try await respond(req, try await FeedService(database: req.db).publicTimeline(for: try await req.audienceViewer(), page: page,
                                                                                             onlyMedia: req.queryFlag("only_media")))
    }

    @Sendable func hashtag(req: Request) async throws -> Response {
        try req.authorizeIfGotToken("read", "read:statuses")
        let page = try req.pageRequest()
        var tag = req.parameters.get("hashtag") ?? ""
        if tag.hasPrefix("#") { tag.removeFirst() }
        if req.queryFlag("remote") || tag.isEmpty { return try req.paged([MastodonStatus](), cursors: []) }
        return try await respond(req, try await FeedService(database: req.db).hashtag(tag, for: try await req.audienceViewer(), page: page,
                                                                                      onlyMedia: req.queryFlag("only_media")))
    }

    private func respond(_ req: Request, _ posts: [Post]) async throws -> Response {
        try req.paged(try await req.mastodonStatuses(posts), cursors: posts.map { $0.requireID() })
    }
}
