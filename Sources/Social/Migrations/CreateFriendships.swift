import Fluent
import TreffpunktCore

struct CreateFriendships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Friendship.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("friend_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "user_id", "friend_id", name: "friendships_pair_unique")
            .create()

    }

    func revert(on database: any Database) async throws {
        try await database.schema(Friendship.schema).delete()
    }
}
