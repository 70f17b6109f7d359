import Fluent
import TreffpunktCore

/// Mastodon's conversations: one row per participant of a direct thread (its root post), with the
/// thread's newest post and whether the participant has read it. A participant who deletes the
/// conversation loses the row until a new message brings it back.
struct CreateConversationMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ConversationMember.schema)
            .field("member_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("root_id", .int64, .required, .references(Post.schema, "id", onDelete: .cascade))
            .field("last_status_id", .int64, .required)
            .field("unread", .bool, .required)
            .compositeIdentifier(over: "member_id", "root_id")
            .create()
        // A member's conversations, newest activity first (keyset on the newest post).
        try await database.createIndex("conversation_members_activity", on: ConversationMember.schema,
                                       columns: ["member_id", "last_status_id"])
        // The participants of one thread, when a message arrives.
        try await database.createIndex("conversation_members_root", on: ConversationMember.schema, columns: ["root_id", "member_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ConversationMember.schema).delete()
    }
}
