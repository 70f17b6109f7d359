import Fluent
import TreffpunktCore

struct CreateReactions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Reaction.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("post_id", .int64, .required, .references(Post.schema, "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "post_id", "user_id", name: "reactions_unique")
            .create()
        try await database.createIndex("reactions_user", on: Reaction.schema, columns: ["user_id", "post_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Reaction.schema).delete()
    }
}
