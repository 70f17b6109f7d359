import Fluent
import TreffpunktCore

struct CreateFollows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Follow.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("follower_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("followee_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "follower_id", "followee_id", name: "follows_pair_unique")
            .create()
        try await database.createIndex("follows_followee", on: Follow.schema, columns: ["followee_id", "follower_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Follow.schema).delete()
    }
}
