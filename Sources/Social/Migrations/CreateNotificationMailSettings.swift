import Fluent
import TreffpunktCore

/// Each person's choice of notification mail (immediately, daily digest, never).
struct CreateNotificationMailSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NotificationMailSetting.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("choice", .string, .required)
            .field("last_mailed_at", .datetime)
            .foreignKey("id", references: "users", "id", onDelete: .cascade)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NotificationMailSetting.schema).delete()
    }
}
