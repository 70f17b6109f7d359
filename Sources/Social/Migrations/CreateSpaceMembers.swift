import Fluent
import TreffpunktCore

struct CreateSpaceMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SpaceMember.schema)
            .field("id", .int, .identifier(auto: true))
            .field("space_id", .int64, .required)
            .field("member_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("joined_at", .datetime)
            .unique(on: "space_id", "member_id", name: "space_members_space_member_unique")
            .create()
        // The visibility policy asks for a reader's spaces on every request that shows posts.
        try await database.createIndex("space_members_member", on: SpaceMember.schema, columns: ["member_id", "space_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SpaceMember.schema).delete()
    }
}
