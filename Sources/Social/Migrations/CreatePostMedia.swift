import Fluent
import TreffpunktCore

/// The media feature's table comes later in the migration order, so `media_id` has no foreign key;
/// a post's rows go with the post.
struct CreatePostMedia: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PostMedia.schema)
            .field("id", .int, .identifier(auto: true))
            .field("post_id", .int64, .required, .references("posts", "id", onDelete: .cascade))
            .field("media_id", .int64, .required)
            .field("position", .int, .required)
            .unique(on: "media_id", name: "post_media_once")
            .create()
        try await database.createIndex("post_media_post", on: PostMedia.schema, columns: ["post_id", "position"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostMedia.schema).delete()
    }
}
