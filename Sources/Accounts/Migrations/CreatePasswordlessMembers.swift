import Fluent
import TreffpunktCore

struct CreatePasswordlessMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordlessMember.schema)
            .field("user_id", .int64, .identifier(auto: false), .references(User.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PasswordlessMember.schema).delete()
    }
}
