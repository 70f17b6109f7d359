import Fluent
import TreffpunktCore

struct CreatePosts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Post.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("author_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("wall_owner_id", .int64, .references("users", "id", onDelete: .cascade))
            .field("visibility", .string, .required)
            .field("text", .string, .required)
            .field("html", .string, .required)
            .field("root_id", .int64, .references(Post.schema, "id", onDelete: .cascade))
            .field("in_reply_to_id", .int64, .references(Post.schema, "id", onDelete: .setNull))
            .field("reblog_of_id", .int64, .references(Post.schema, "id", onDelete: .cascade))
            .field("quote_of_id", .int64, .references(Post.schema, "id", onDelete: .setNull))
            .field("replies_count", .int, .required)
            .field("reblogs_count", .int, .required)
            .field("reactions_count", .int, .required)
            .field("created_at", .datetime)
            .field("edited_at", .datetime)
            .create()
        // Profile and home feed: a member's posts newest first; a wall; the comments of a post;
        // the public timeline; who shared what.
        try await database.createIndex("posts_author", on: Post.schema, columns: ["author_id", "id"])
        try await database.createIndex("posts_wall_owner", on: Post.schema, columns: ["wall_owner_id", "id"])
        try await database.createIndex("posts_root", on: Post.schema, columns: ["root_id", "id"])
        try await database.createIndex("posts_visibility", on: Post.schema, columns: ["visibility", "id"])
        try await database.createIndex("posts_reblog_of", on: Post.schema, columns: ["reblog_of_id", "author_id"])
        try await database.createIndex("posts_in_reply_to", on: Post.schema, columns: ["in_reply_to_id"])
        try await database.createIndex("posts_quote_of", on: Post.schema, columns: ["quote_of_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Post.schema).delete()
    }
}
