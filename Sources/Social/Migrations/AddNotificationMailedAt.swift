import Fluent
import SQLKit

/// Notifications remember when a mail told of them, so no notification is mailed twice. Existing ones
/// count as told: the first digest after the update brings only what is new.
struct AddNotificationMailedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).field("mailed_at", .datetime).update()
        try await database.sql.raw("UPDATE notifications SET mailed_at = created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).deleteField("mailed_at").update()
    }
}
