import Fluent
import TreffpunktCore

struct CreateLoginFailures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LoginFailure.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("subject", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        // Every login counts the recent failures of its account and its address.
        try await database.createIndex("login_failures_subject_time", on: LoginFailure.schema, columns: ["subject", "failed_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LoginFailure.schema).delete()
    }
}
