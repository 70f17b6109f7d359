import Fluent
import TreffpunktCore

struct CreatePagePostRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PagePostRecord.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("page_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("post_id", .int64, .required)
            .field("is_comment", .bool, .required)
            .field("action", .string, .required)
            .field("member_id", .int64, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .create()
        // The team reads the page's newest lines.
        try await database.createIndex("page_post_records_page", on: PagePostRecord.schema, columns: ["page_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PagePostRecord.schema).delete()
    }
}
