import TreffpunktCore
import Vapor

/// Mastodon's read markers. Treffpunkt keeps the read state of notifications, so that is the one
/// timeline with a marker; `home` is accepted and has none.
struct MarkersAPIController {
    func boot(_ api: any RoutesBuilder) {
        api.get("v1", "markers", use: show)
        api.post("v1", "markers", use: save)
    }

    private struct MarkerInput: Content {
        struct Position: Content {
            var last_read_id: FlexibleID?
        }
        var notifications: Position?
    }

    @Sendable func show(req: Request) async throws -> [String: MastodonMarker] {
        try req.requireScope("read", "read:statuses")
        let viewer = try req.requireViewer()
        let timelines = req.queryList("timeline")
        guard timelines.isEmpty || timelines.contains("notifications") else { return [:] }
        return try await Self.markers(for: viewer.id, req)
    }

    @Sendable func save(req: Request) async throws -> [String: MastodonMarker] {
        try req.requireScope("write", "write:statuses")
        let viewer = try req.requireViewer()
        let input = try req.fields(MarkerInput.self, orIfEmpty: MarkerInput())
        if let lastReadID = input.notifications?.last_read_id?.value {
            try await NotificationService(database: req.db).markRead(upTo: lastReadID, for: viewer.id)
        }
        return try await Self.markers(for: viewer.id, req)
    }

    private static func markers(for memberID: Int64, _ req: Request) async throws -> [String: MastodonMarker] {
        guard let marker = try await NotificationService(database: req.db).readMarker(for: memberID) else { return [:] }
        return ["notifications": MastodonMarker(last_read_id: String(marker.lastReadID), version: 0,
                                                updated_at: MastodonDate.string(marker.readAt))]
    }
}
