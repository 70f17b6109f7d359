import Fluent
import Foundation

/// One row per local day on which the daily digest was sent: a restart, or a second server process,
/// finds it and sends nothing again.
final class NotificationDigestRun: Model, @unchecked Sendable {
    static let schema = "notification_digest_runs"

    /// The local day, `2026-12-08`.
    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(day: String, sentAt: Date) {
        self.id = day
        self.sentAt = sentAt
    }
}
