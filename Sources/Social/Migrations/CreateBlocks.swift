import Fluent
import TreffpunktCore

struct CreateBlocks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Block.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("blocker_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("blocked_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "blocker_id", "blocked_id", name: "blocks_pair_unique")
            .create()
        try await database.createIndex("blocks_blocked", on: Block.schema, columns: ["blocked_id", "blocker_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Block.schema).delete()
    }
}
