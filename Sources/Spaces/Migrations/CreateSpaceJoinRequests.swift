import Fluent
import TreffpunktCore

struct CreateSpaceJoinRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SpaceJoinRequest.schema)
            .field("id", .int, .identifier(auto: true))
            .field("space_id", .int64, .required, .references(Space.schema, "id", onDelete: .cascade))
            .field("member_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("message", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "space_id", "member_id", name: "space_join_requests_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SpaceJoinRequest.schema).delete()
    }
}
