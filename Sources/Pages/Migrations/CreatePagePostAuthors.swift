import Fluent
import TreffpunktCore

struct CreatePagePostAuthors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PagePostAuthor.schema)
            .field("id", .int64, .identifier(auto: false), .references("posts", "id", onDelete: .cascade))
            .field("page_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("member_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .create()
        // The team sees who wrote the page's newest posts.
        try await database.createIndex("page_post_authors_page", on: PagePostAuthor.schema, columns: ["page_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PagePostAuthor.schema).delete()
    }
}
