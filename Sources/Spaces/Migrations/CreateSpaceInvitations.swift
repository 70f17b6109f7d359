import Fluent
import TreffpunktCore

struct CreateSpaceInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SpaceInvitation.schema)
            .field("id", .int, .identifier(auto: true))
            .field("space_id", .int64, .required, .references(Space.schema, "id", onDelete: .cascade))
            .field("member_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("invited_by", .int64, .required)
            .field("created_at", .datetime)
            .unique(on: "space_id", "member_id", name: "space_invitations_unique")
            .create()
        // A member's open invitations, on the spaces page.
        try await database.createIndex("space_invitations_member", on: SpaceInvitation.schema, columns: ["member_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SpaceInvitation.schema).delete()
    }
}
