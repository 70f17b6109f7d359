import Fluent
import TreffpunktCore

/// Notifications about things another feature keeps (a forum topic) carry the address to open.
struct AddNotificationLink: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).field("link_path", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).deleteField("link_path").update()
    }
}
