import Fluent
import SQLKit
import TreffpunktCore

/// A new reply asks who follows its topic or category, to notify them.
struct AddForumSubscriberIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("forum_subscriptions_by_topic", on: ForumSubscriptions.table, columns: ["topic_id"])
        try await database.createIndex("forum_subscriptions_by_category", on: ForumSubscriptions.table, columns: ["category_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX IF EXISTS forum_subscriptions_by_topic").run()
        try await database.sql.raw("DROP INDEX IF EXISTS forum_subscriptions_by_category").run()
    }
}
