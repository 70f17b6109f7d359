import Fluent
import TreffpunktCore

/// Notifications about a space (a request to join, an approval, an invitation) name the space.
struct AddNotificationSpace: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).field("space_id", .int64).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).deleteField("space_id").update()
    }
}
