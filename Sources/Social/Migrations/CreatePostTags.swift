import Fluent
import TreffpunktCore

struct CreatePostTags: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PostTag.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("tag", .string, .required)
            .field("post_id", .int64, .required, .references(Post.schema, "id", onDelete: .cascade))
            .unique(on: "tag", "post_id", name: "post_tags_unique")
            .create()
        try await database.createIndex("post_tags_post", on: PostTag.schema, columns: ["post_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostTag.schema).delete()
    }
}
