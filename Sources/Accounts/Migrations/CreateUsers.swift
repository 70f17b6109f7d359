import Fluent
import TreffpunktCore

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("username", .string, .required)
            .field("username_key", .string, .required)
            .field("display_name", .string, .required)
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("bio", .string, .required)
            .field("position", .string, .required)
            .field("department", .string, .required)
            .field("language", .string)
            .field("auth_epoch", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username_key", name: "users_username_key_unique")
            .unique(on: "email", name: "users_email_unique")
            .create()
        // The members directory lists people by display name.
        try await database.createIndex("users_display_name_id", on: User.schema, columns: ["display_name", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
