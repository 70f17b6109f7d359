import Fluent
import TreffpunktCore

struct CreateChatParticipants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ChatParticipant.schema)
            .field("id", .int, .identifier(auto: true))
            .field("chat_id", .int64, .required, .references(Chat.schema, "id", onDelete: .cascade))
            .field("member_id", .int64, .required)
            .field("joined_at", .datetime, .required)
            .field("left_at", .datetime)
            .field("last_read_message_id", .int64)
            .unique(on: "chat_id", "member_id", name: "chat_participants_once")
            .create()
        // A member's chats (list, unread counts, search, the badge), starting from the member.
        try await database.createIndex("chat_participants_member", on: ChatParticipant.schema, columns: ["member_id", "chat_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ChatParticipant.schema).delete()
    }
}
