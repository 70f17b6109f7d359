import Fluent
import TreffpunktCore

/// Tokens issued through OAuth remember their app, so the member sees which app holds access.
struct AddApplicationToAccessTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AccessToken.schema)
            .field("application_id", .int64, .references(OAuthApplication.schema, "id", onDelete: .cascade))
            .update()
        // Revoking through an app looks its tokens up by app.
        try await database.createIndex("access_tokens_application_id", on: AccessToken.schema, columns: ["application_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "access_tokens_application_id").run()
        try await database.schema(AccessToken.schema).deleteField("application_id").update()
    }
}
