import Fluent
import TreffpunktCore

struct CreateForumReplies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ForumReply.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("topic_id", .int64, .required)
            .field("author_id", .int64, .required)
            .field("body", .string, .required)
            .field("body_html", .string, .required)
            .field("created_at", .datetime)
            .create()
        // A topic's replies in order, and "replies newer than the last one read".
        try await database.createIndex("forum_replies_topic", on: ForumReply.schema, columns: ["topic_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ForumReply.schema).delete()
    }
}
