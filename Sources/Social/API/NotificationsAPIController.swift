import Accounts
import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Mastodon's notifications. A notification about a post the reader may not (or no longer) see is
/// never delivered.
struct NotificationsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let notifications = api.grouped("v1", "notifications")
        notifications.get(use: list)
        notifications.post("clear", use: clear)
        notifications.get(":id", use: show)
        notifications.post(":id", "dismiss", use: dismiss)
    }

    /// `types[]` keeps only those Mastodon types, `exclude_types[]` leaves types out.
    @Sendable func list(req: Request) async throws -> Response {
        try req.requireScope("read", "read:notifications")
        let page = try req.pageRequest(defaultLimit: PageRequest.maximumLimit)
        let wanted = Set(req.queryList("types")), excluded = Set(req.queryList("exclude_types"))
        let kinds = Set(NotificationKind.allCases.filter {
            $0.reachesClients && (wanted.isEmpty || wanted.contains($0.mastodonType)) && !excluded.contains($0.mastodonType)
        })
        let notifications = try await NotificationService(database: req.db)
            .visible(to: try await req.audienceViewer(), kinds: kinds, page: page)
        return try req.paged(try await Self.render(notifications, req), cursors: notifications.compactMap(\.id))
    }

    @Sendable func show(req: Request) async throws -> MastodonNotification {
        try req.requireScope("read", "read:notifications")
        guard let id = req.parameters.get("id", as: Int64.self),
              let notification = try await NotificationService(database: req.db).visible(id, to: try await req.audienceViewer()),
              notification.kind.reachesClients,
              let rendered = try await Self.render([notification], req).first else {
            throw UserFacingError.notFound(SocialText.notificationNotFound)
        }
        return rendered
    }

    @Sendable func clear(req: Request) async throws -> EmptyObject {
        try req.requireScope("write", "write:notifications")
        try await NotificationService(database: req.db).clear(for: try req.requireViewer().id)
        return EmptyObject()
    }

    @Sendable func dismiss(req: Request) async throws -> EmptyObject {
        try req.requireScope("write", "write:notifications")
        let viewer = try req.requireViewer()
        guard let id = req.parameters.get("id", as: Int64.self),
              try await NotificationService(database: req.db).dismiss(id, for: viewer.id) else {
            throw UserFacingError.notFound(SocialText.notificationNotFound)
        }
        return EmptyObject()
    }

    /// Actors and posts of all the notifications are loaded together, then the accounts' figures once.
    private static func render(_ notifications: [SocialNotification], _ req: Request) async throws -> [MastodonNotification] {
        guard !notifications.isEmpty else { return [] }
        let postIDs = Array(Set(notifications.compactMap(\.postID)))
        async let actors = MemberLookup(database: req.db).members(ids: notifications.map(\.actorID))
        async let posts = Post.rows(ids: postIDs, on: req.db)
        let presented = try await req.present(try await posts)
        let members = try await actors
        let renderer = try await MastodonRenderer.load(for: req, posts: presented, members: Array(members.values))
        return renderer.notifications(notifications, actors: members, posts: presented)
    }
}

/// Mastodon answers some actions with an empty JSON object, `{}`.
package struct EmptyObject: Content {
    package init() {}
}
