import Fluent
import TreffpunktCore

struct CreateChats: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Chat.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("name", .string)
            .field("is_group", .bool, .required)
            .field("direct_key", .string)
            .field("created_by", .int64, .required)
            .field("last_message_id", .int64)
            .field("last_message_at", .datetime, .required)
            .field("created_at", .datetime)
            .create()
        // Finding the one-to-one chat of two people; unique, so a race cannot make a second one.
        try await database.createIndex("chats_direct_key", on: Chat.schema, columns: ["direct_key"], unique: true)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Chat.schema).delete()
    }
}
