import Fluent
import TreffpunktCore

/// Who follows which topic or category; `since_id` marks what was there when they subscribed.
struct CreateForumSubscriptions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ForumSubscriptions.table)
            .field("member_id", .int64, .required)
            .field("topic_id", .int64)
            .field("category_id", .int64)
            .field("since_id", .int64, .required)
            .unique(on: "member_id", "topic_id", name: "forum_subscriptions_topic_unique")
            .unique(on: "member_id", "category_id", name: "forum_subscriptions_category_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ForumSubscriptions.table).delete()
    }
}
