import Fluent
import TreffpunktCore

struct CreatePostEdits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PostEdit.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("post_id", .int64, .required, .references(Post.schema, "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("html", .string, .required)
            .field("written_at", .datetime, .required)
            .create()
        try await database.createIndex("post_edits_post", on: PostEdit.schema, columns: ["post_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostEdit.schema).delete()
    }
}
