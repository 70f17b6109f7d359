import Fluent
import TreffpunktCore

/// Live events ask who muted a post's author (they get no live copy of it); the pair index serves
/// only the muter's side.
struct CreateMutesByMutedIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("mutes_muted", on: Mute.schema, columns: ["muted_id", "muter_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "mutes_muted").run()
    }
}
