import Fluent
import TreffpunktCore

struct CreatePageReviews: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PageReview.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("page_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("author_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("stars", .int, .required)
            .field("text", .string, .required)
            .field("reply", .string)
            .field("replied_at", .datetime)
            .field("replied_by", .int64, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One review per member and page, even when two requests race.
            .unique(on: "page_id", "author_id", name: "page_reviews_page_author_unique")
            .create()
        // The page lists its reviews newest first and sums their stars.
        try await database.createIndex("page_reviews_page", on: PageReview.schema, columns: ["page_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PageReview.schema).delete()
    }
}
