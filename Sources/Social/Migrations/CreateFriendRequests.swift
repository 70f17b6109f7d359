import Fluent
import TreffpunktCore

struct CreateFriendRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FriendRequest.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("requester_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("addressee_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "requester_id", "addressee_id", name: "friend_requests_pair_unique")
            .create()
        try await database.createIndex("friend_requests_addressee", on: FriendRequest.schema, columns: ["addressee_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FriendRequest.schema).delete()
    }
}
