import Fluent

/// The days on which the daily notification digest went out.
struct CreateNotificationDigestRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NotificationDigestRun.schema)
            .field("id", .string, .identifier(auto: false))
            .field("sent_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NotificationDigestRun.schema).delete()
    }
}
