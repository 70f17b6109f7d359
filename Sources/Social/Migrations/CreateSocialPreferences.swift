import Fluent
import TreffpunktCore

struct CreateSocialPreferences: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SocialPreferences.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("default_visibility", .string, .required)
            .field("accepts_followers", .bool, .required)
            .foreignKey("id", references: "users", "id", onDelete: .cascade)
            .create()

    }

    func revert(on database: any Database) async throws {
        try await database.schema(SocialPreferences.schema).delete()
    }
}
