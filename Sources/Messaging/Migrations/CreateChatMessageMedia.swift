import Fluent
import TreffpunktCore

/// The media feature's table comes earlier in the migration order, but media are removed by that
/// feature alone, so `media_id` carries no foreign key; a message's rows go with the message.
struct CreateChatMessageMedia: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ChatMessageMedia.schema)
            .field("id", .int, .identifier(auto: true))
            .field("message_id", .int64, .required, .references(ChatMessage.schema, "id", onDelete: .cascade))
            .field("chat_id", .int64, .required)
            .field("media_id", .int64, .required)
            .field("position", .int, .required)
            // A medium is attached once; the unique index also answers "which chat carries it" for each fetch.
            .unique(on: "media_id", name: "chat_message_media_once")
            .create()
        try await database.createIndex("chat_message_media_message", on: ChatMessageMedia.schema, columns: ["message_id", "position"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ChatMessageMedia.schema).delete()
    }
}
