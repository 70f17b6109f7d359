import Fluent
import TreffpunktCore

struct CreateAppTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AppToken.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("application_id", .int64, .required, .references(OAuthApplication.schema, "id", onDelete: .cascade))
            .field("token_digest", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_digest", name: "oauth_app_tokens_digest_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AppToken.schema).delete()
    }
}
