import Fluent
import TreffpunktCore

struct CreateAccessTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AccessToken.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("user_id", .int64, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_digest", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime)
            .field("last_used_at", .datetime)
            .field("expires_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_digest", name: "access_tokens_digest_unique")
            .create()
        try await database.createIndex("access_tokens_user_id", on: AccessToken.schema, columns: ["user_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccessToken.schema).delete()
    }
}
