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
        let notifications = try await NotificationService(database: req.db).list(for: viewer.id, page: page)
        let visible = try await VisibleNotifications(database: req.db, viewer: try await req.audienceViewer()).filter(notifications)
        let members = try await MemberLookup(database: req.db).members(ids: visible.map { $0.notification.actorID })
        let entries = visible.compactMap { item -> NotificationsPage.Entry? in
            guard let actor = members[item.notification.actorID] else { return nil }
            return NotificationsPage.Entry(id: item.notification.id ?? 0, kind: item.notification.kind, actor: actor,
                                           postID: item.post.map { $0.rootID ?? $0.requireID() },
                                           excerpt: item.post.map { String($0.text.prefix(140)) },
                                           createdAt: item.notification.createdAt ?? .now, isUnread: item.notification.readAt == nil)
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
