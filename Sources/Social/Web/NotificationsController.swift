import Accounts
import Fluent
import TreffpunktCore
import Vapor

/// The notifications page. Showing the newest page marks them read; notifications about posts the
/// reader may no longer see are left out.
struct NotificationsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.notifications.route, use: list)
        web.post(SiteURL.notificationsRead.route, use: markRead)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let page = try req.pageRequest()
        let notifications = try await NotificationService(database: req.db).visible(to: try await req.audienceViewer(), page: page)
        let postIDs = Array(Set(notifications.compactMap(\.postID)))
        let posts = postIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Post.query(on: req.db)
            .filter(\.$id ~~ postIDs).all().map { ($0.requireID(), $0) })
        let members = try await MemberLookup(database: req.db).members(ids: notifications.map(\.actorID))
        let entries = notifications.compactMap { notification -> NotificationsPage.Entry? in
            guard let actor = members[notification.actorID] else { return nil }
            let post = notification.postID.flatMap { posts[$0] }
            return NotificationsPage.Entry(id: notification.id ?? 0, kind: notification.kind, actor: actor,
                                           postID: post.map { $0.rootID ?? $0.requireID() }, spaceID: notification.spaceID,
                                           linkPath: notification.linkPath,
                                           excerpt: post.map { String($0.text.prefix(140)) },
                                           createdAt: notification.createdAt ?? .now, isUnread: notification.readAt == nil)
        }
        if page.maxID == nil {
            try await NotificationService(database: req.db).markAllRead(for: viewer.id)
        }
        let olderURL = notifications.count == page.limit ? notifications.last?.id.map { "\(SiteURL.notifications.path)?max_id=\($0)" } : nil
        // The badge in this page's navigation already counts them as read.
        let context = try await req.pageContext()
        return NotificationsPage.render(entries, olderURL: olderURL, context: context).response()
    }

    @Sendable func markRead(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        try await NotificationService(database: req.db).markAllRead(for: viewer.id)
        req.flash(.success, SocialText.allRead)
        return req.redirect(to: .notifications)
    }
}
