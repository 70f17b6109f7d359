import Fluent
import TreffpunktCore

struct CreateMutes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Mute.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("muter_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("muted_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "muter_id", "muted_id", name: "mutes_pair_unique")
            .create()

    }

    func revert(on database: any Database) async throws {
        try await database.schema(Mute.schema).delete()
    }
}
