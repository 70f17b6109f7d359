import Fluent
import TreffpunktCore

struct CreatePasswordResets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordReset.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("user_id", .int64, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("token_digest", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_digest", name: "password_resets_token_digest_unique")
            .create()
        // Setting a password uses up every open link of the person.
        try await database.createIndex("password_resets_user_id", on: PasswordReset.schema, columns: ["user_id"])

        try await database.schema(PasswordResetRequest.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("subject", .string, .required)
            .field("requested_at", .datetime, .required)
            .create()
        // Every request counts the recent ones of its e-mail address and its network address.
        try await database.createIndex("password_reset_requests_subject_time", on: PasswordResetRequest.schema,
                                       columns: ["subject", "requested_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PasswordResetRequest.schema).delete()
        try await database.schema(PasswordReset.schema).delete()
    }
}
