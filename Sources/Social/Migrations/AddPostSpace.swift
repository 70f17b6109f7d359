import Fluent
import TreffpunktCore

/// Posts written in a space carry it; the space's feed lists them newest first.
struct AddPostSpace: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("posts").field("space_id", .int64).update()
        try await database.createIndex("posts_space", on: "posts", columns: ["space_id", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("posts").deleteField("space_id").update()
    }
}
