import Fluent
import TreffpunktCore

struct CreateChatMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ChatMessage.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("chat_id", .int64, .required, .references(Chat.schema, "id", onDelete: .cascade))
            .field("author_id", .int64, .required)
            .field("text", .string, .required)
            .field("html", .string, .required)
            .field("created_at", .datetime)
            .field("edited_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        // A chat's messages by id (keyset pages both ways, unread counts after the read mark).
        try await database.createIndex("chat_messages_chat", on: ChatMessage.schema, columns: ["chat_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ChatMessage.schema).delete()
    }
}
