import Fluent
import TreffpunktCore

struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("recipient_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("actor_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("post_id", .int64, .references(Post.schema, "id", onDelete: .cascade))
            .field("read_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("notifications_recipient", on: SocialNotification.schema, columns: ["recipient_id", "id"])
        try await database.createIndex("notifications_unread", on: SocialNotification.schema, columns: ["recipient_id", "read_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SocialNotification.schema).delete()
    }
}
