import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// Mastodon's relationships: follow (a friendship request for people who confirm their contacts),
/// unfollow, block, mute, and the lists of blocked and muted accounts.
struct RelationshipsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let accounts = api.grouped("v1", "accounts")
        accounts.get("relationships", use: relationships)
        accounts.post(":id", "follow", use: follow)
        accounts.post(":id", "unfollow", use: unfollow)
        accounts.post(":id", "block", use: block)
        accounts.post(":id", "unblock", use: unblock)
        accounts.post(":id", "mute", use: mute)
        accounts.post(":id", "unmute", use: unmute)
        api.get("v1", "blocks", use: blocks)
        api.get("v1", "mutes", use: mutes)
    }

    /// `id[]=…` for each account; unknown ids are left out, as Mastodon does.
    @Sendable func relationships(req: Request) async throws -> [MastodonRelationship] {
        try req.requireScope("read", "read:follows")
        let viewer = try req.requireViewer()
        var seen = Set<Int64>()
        let requested = req.queryList("id").compactMap { Int64($0) }.filter { seen.insert($0).inserted }
        let existing = try await MemberLookup(database: req.db).members(ids: requested)
        let ids = requested.filter { existing[$0] != nil }
        return try await Self.relationships(req, viewer.id, ids)
    }

    @Sendable func follow(req: Request) async throws -> MastodonRelationship {
        try await act(req, scopes: "write:follows") { service, me, other in try await service.follow(me, other) }
    }

    @Sendable func unfollow(req: Request) async throws -> MastodonRelationship {
        try await act(req, scopes: "write:follows") { service, me, other in try await service.unfollow(me, other) }
    }

    @Sendable func block(req: Request) async throws -> MastodonRelationship {
        try await act(req, scopes: "write:blocks") { service, me, other in try await service.block(me, other) }
    }

    @Sendable func unblock(req: Request) async throws -> MastodonRelationship {
        try await act(req, scopes: "write:blocks") { service, me, other in try await service.unblock(me, other) }
    }

    @Sendable func mute(req: Request) async throws -> MastodonRelationship {
        try await act(req, scopes: "write:mutes") { service, me, other in try await service.mute(me, other) }
    }

    @Sendable func unmute(req: Request) async throws -> MastodonRelationship {
        try await act(req, scopes: "write:mutes") { service, me, other in try await service.unmute(me, other) }
    }

    @Sendable func blocks(req: Request) async throws -> Response {
        try req.requireScope("follow", "read", "read:blocks")
        let viewer = try req.requireViewer()
        let entries = try await AccountLists(database: req.db).blocked(by: viewer.id, page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }

    @Sendable func mutes(req: Request) async throws -> Response {
        try req.requireScope("follow", "read", "read:mutes")
        let viewer = try req.requireViewer()
        let entries = try await AccountLists(database: req.db).muted(by: viewer.id, page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }

    /// Checks the scope (Mastodon's `follow`, `write` or the specific one), finds the account, acts,
    /// and answers with how the two now stand.
    private func act(_ req: Request, scopes specific: String,
                     _ action: (RelationshipService, Int64, Int64) async throws -> Void) async throws -> MastodonRelationship {
        try req.requireScope("follow", "write", specific)
        let viewer = try req.requireViewer()
        let other = try await req.memberParameter()
        try await action(RelationshipService(database: req.db), viewer.id, other.id)
        guard let relationship = try await Self.relationships(req, viewer.id, [other.id]).first else {
            throw UserFacingError.notFound(SocialText.memberNotFound)
        }
        return relationship
    }

    static func relationships(_ req: Request, _ viewerID: Int64, _ ids: [Int64]) async throws -> [MastodonRelationship] {
        let found = try await Relations(database: req.db).relationships(of: viewerID, to: ids)
        return ids.compactMap { id in found[id].map { MastodonRelationship(accountID: id, $0) } }
    }
}
