import Fluent
import TreffpunktCore

struct CreateForumTopics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ForumTopic.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("category_id", .int64, .required)
            .field("space_id", .int64)
            .field("author_id", .int64, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("body_html", .string, .required)
            .field("reply_count", .int, .required)
            .field("activity_id", .int64, .required)
            .field("activity_at", .datetime, .required)
            .field("pinned", .bool, .required)
            .field("locked", .bool, .required)
            .field("accepted_reply_id", .int64)
            .field("created_at", .datetime)
            .create()
        // A category's list: pinned ones, then the rest newest activity first (keyset on activity_id).
        try await database.createIndex("forum_topics_category_activity", on: ForumTopic.schema,
                                       columns: ["category_id", "pinned", "activity_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ForumTopic.schema).delete()
    }
}
