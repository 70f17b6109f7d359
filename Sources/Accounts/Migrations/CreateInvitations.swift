import Fluent
import TreffpunktCore

struct CreateInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Invitation.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("code_digest", .string, .required)
            .field("email", .string)
            .field("created_by", .int64, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .field("expires_at", .datetime, .required)
            .field("used_by", .int64, .references(User.schema, "id", onDelete: .setNull))
            .field("used_at", .datetime)
            .unique(on: "code_digest", name: "invitations_code_digest_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Invitation.schema).delete()
    }
}
