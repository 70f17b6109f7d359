import Fluent
import TreffpunktCore

struct CreateEmailConfirmations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EmailConfirmation.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("user_id", .int64, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("token_digest", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_digest", name: "email_confirmations_token_digest_unique")
            .create()
        // The resend limit reads a member's newest link.
        try await database.createIndex("email_confirmations_user_id_created_at", on: EmailConfirmation.schema,
                                       columns: ["user_id", "created_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EmailConfirmation.schema).delete()
    }
}
