import Fluent
import TreffpunktCore

struct CreateOAuthApplications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OAuthApplication.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("name", .string, .required)
            .field("website", .string)
            .field("redirect_uris", .string, .required)
            .field("scopes", .string, .required)
            .field("client_id", .string, .required)
            .field("client_secret_digest", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "client_id", name: "oauth_applications_client_id_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OAuthApplication.schema).delete()
    }
}
