import Fluent
import TreffpunktCore

struct CreatePostEditMedia: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PostEditMedia.schema)
            .field("id", .int, .identifier(auto: true))
            .field("edit_id", .int64, .required, .references(PostEdit.schema, "id", onDelete: .cascade))
            .field("post_id", .int64, .required, .references("posts", "id", onDelete: .cascade))
            .field("media_id", .int64, .required)
            .field("position", .int, .required)
            .create()
        try await database.createIndex("post_edit_media_edit", on: PostEditMedia.schema, columns: ["edit_id", "position"])
        // Serving a file asks which posts carried it.
        try await database.createIndex("post_edit_media_medium", on: PostEditMedia.schema, columns: ["media_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostEditMedia.schema).delete()
    }
}
