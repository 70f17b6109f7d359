import Fluent
import TreffpunktCore

struct CreateForumCategories: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ForumCategory.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("forum_key", .string, .required)
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("created_by", .int64, .required)
            .field("created_at", .datetime)
            .unique(on: "forum_key", "slug", name: "forum_categories_slug_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ForumCategory.schema).delete()
    }
}
