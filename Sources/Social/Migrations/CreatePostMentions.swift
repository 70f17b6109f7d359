import Fluent
import TreffpunktCore

struct CreatePostMentions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PostMention.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("post_id", .int64, .required, .references(Post.schema, "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .unique(on: "post_id", "user_id", name: "post_mentions_unique")
            .create()
        try await database.createIndex("post_mentions_user", on: PostMention.schema, columns: ["user_id", "post_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostMention.schema).delete()
    }
}
