import Fluent
import TreffpunktCore

struct CreatePageBlocks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PageBlock.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("page_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("media_id", .int64)
            .field("entries", .string, .required)
            .field("created_at", .datetime)
            .create()
        // A page shows its blocks in order.
        try await database.createIndex("page_blocks_page_position", on: PageBlock.schema, columns: ["page_id", "position"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PageBlock.schema).delete()
    }
}
