import Fluent
import SQLKit
import TreffpunktCore

extension NotificationService {
    /// The post a notification is about decides whether it is shown: a comment counts as its post, as
    /// in `PostAccess`. A deleted post takes its notifications with it.
    private static let policy = VisibilitySQL(post: "g", mentionsTable: PostMention.schema)

    /// The reader's notifications, newest first, without those about posts the reader may not (or no
    /// longer) see and without those from people blocked either way. `kinds` narrows the list.
    func visible(to viewer: AudienceViewer, kinds: Set<NotificationKind>? = nil, page: PageRequest) async throws -> [SocialNotification] {
        guard let viewerID = viewer.id else { return [] }
        if let kinds, kinds.isEmpty { return [] }
        var condition = Self.visibleCondition(for: viewer, recipient: viewerID)
        if let kinds {
            let names: [any Encodable & Sendable] = kinds.map(\.rawValue).sorted()
            condition += " AND n.kind IN (\(binds: names))"
        }
        let rows = try await database.sql.raw("""
            SELECT n.* FROM notifications n WHERE \(condition)\(page.bounds(on: "n.id"))
            ORDER BY n.id \(page.direction) LIMIT \(literal: page.limit)
            """).all(decodingFluent: SocialNotification.self)
        return page.ordered(rows, id: { $0.id ?? 0 })
    }

    /// One of the reader's notifications, if it may be shown.
    func visible(_ id: Int64, to viewer: AudienceViewer) async throws -> SocialNotification? {
        guard let viewerID = viewer.id else { return nil }
        return try await database.sql.raw("""
            SELECT n.* FROM notifications n WHERE n.id = \(bind: id) AND \(Self.visibleCondition(for: viewer, recipient: viewerID))
            """).first(decodingFluent: SocialNotification.self)
    }

    /// The reader's unread notifications that no mail has told of yet, oldest first, as far as the reader
    /// may see them when the mail is written (a deleted post takes its notifications out).
    func unmailed(to viewer: AudienceViewer, among ids: [Int64]) async throws -> [SocialNotification] {
        guard let viewerID = viewer.id, !ids.isEmpty else { return [] }
        let candidates: [any Encodable & Sendable] = ids
        return try await database.sql.raw("""
            SELECT n.* FROM notifications n WHERE n.id IN (\(binds: candidates)) AND \(Self.visibleCondition(for: viewer, recipient: viewerID))
            ORDER BY n.id
            """).all(decodingFluent: SocialNotification.self)
    }

    private static func visibleCondition(for viewer: AudienceViewer, recipient: Int64) -> SQLQueryString {
        var condition: SQLQueryString = """
            n.recipient_id = \(bind: recipient) AND (n.post_id IS NULL OR EXISTS (
              SELECT 1 FROM posts g
              WHERE g.id = COALESCE((SELECT c.root_id FROM posts c WHERE c.id = n.post_id), n.post_id)
                AND \(policy.condition(for: viewer))))
            """
        if !viewer.blockedIDs.isEmpty {
            let blocked: [any Encodable & Sendable] = viewer.blockedIDs.sorted()
            condition += " AND n.actor_id NOT IN (\(binds: blocked))"
        }
        return condition
    }
}
