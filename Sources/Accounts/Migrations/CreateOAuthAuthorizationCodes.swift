import Fluent
import TreffpunktCore

struct CreateOAuthAuthorizationCodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OAuthAuthorizationCode.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("application_id", .int64, .required, .references(OAuthApplication.schema, "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("code_digest", .string, .required)
            .field("redirect_uri", .string, .required)
            .field("scopes", .string, .required)
            .field("code_challenge", .string)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("access_token_id", .int64, .references(AccessToken.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "code_digest", name: "oauth_authorization_codes_digest_unique")
            .create()
        // Expired codes are swept by their expiry time.
        try await database.createIndex("oauth_authorization_codes_expires_at", on: OAuthAuthorizationCode.schema, columns: ["expires_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OAuthAuthorizationCode.schema).delete()
    }
}
