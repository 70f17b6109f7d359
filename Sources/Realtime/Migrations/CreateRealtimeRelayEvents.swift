import Fluent
import TreffpunktCore

/// Events too large for a PostgreSQL notification (8,000 bytes) wait here for the other server processes,
/// which the notification tells where to look. Rows live for minutes; the id says when they were written.
struct CreateRealtimeRelayEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RelayEnvelope.largeEventsTable)
            .field("id", .int64, .identifier(auto: false))
            .field("body", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RelayEnvelope.largeEventsTable).delete()
    }
}
