import TreffpunktCore
import Vapor

/// Mastodon's follow requests are Treffpunkt's friendship requests to the member; authorising one
/// makes the two friends, a mutual follow. The id in the path is the requesting account's.
struct FollowRequestsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let requests = api.grouped("v1", "follow_requests")
        requests.get(use: list)
        requests.post(":id", "authorize", use: authorize)
        requests.post(":id", "reject", use: reject)
    }

    @Sendable func list(req: Request) async throws -> Response {
        try req.requireScope("follow", "read", "read:follows")
        let viewer = try req.requireViewer()
        let entries = try await AccountLists(database: req.db)
            .requesters(to: viewer.id, page: try req.pageRequest(defaultLimit: PageRequest.maximumLimit))
        return try req.paged(try await req.mastodonAccounts(entries.map(\.memberID)), cursors: entries.map(\.cursor))
    }

    @Sendable func authorize(req: Request) async throws -> MastodonRelationship {
        try await answer(req) { service, requester, me in try await service.acceptRequest(of: requester, by: me) }
    }

    @Sendable func reject(req: Request) async throws -> MastodonRelationship {
        try await answer(req) { service, requester, me in try await service.declineRequest(of: requester, by: me) }
    }

    private func answer(_ req: Request, _ action: (RelationshipService, Int64, Int64) async throws -> Void) async throws -> MastodonRelationship {
        try req.requireScope("follow", "write", "write:follows")
        let viewer = try req.requireViewer()
        guard let requesterID = req.parameters.get("id", as: Int64.self) else { throw UserFacingError.notFound(SocialText.noSuchRequest) }
        try await action(RelationshipService(database: req.db), requesterID, viewer.id)
        guard let relationship = try await RelationshipsAPIController.relationships(req, viewer.id, [requesterID]).first else {
            throw UserFacingError.notFound(SocialText.memberNotFound)
        }
        return relationship
    }
}
