import Fluent
import TreffpunktCore

struct CreatePageProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PageProfile.schema)
            .field("id", .int64, .identifier(auto: false), .references("users", "id", onDelete: .cascade))
            .field("about", .string, .required)
            .field("address", .string, .required)
            .field("phone", .string, .required)
            .field("email", .string, .required)
            .field("website", .string, .required)
            .field("imprint", .string, .required)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PageProfile.schema).delete()
    }
}
