import Fluent
import TreffpunktCore

struct CreateMediaAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MediaAttachment.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("owner_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("purpose", .string, .required)
            .field("state", .string, .required)
            .field("progress", .double, .required)
            .field("failure", .string)
            .field("description", .string, .required)
            .field("focus_x", .double, .required)
            .field("focus_y", .double, .required)
            .field("width", .int)
            .field("height", .int)
            .field("small_width", .int)
            .field("small_height", .int)
            .field("duration", .double)
            .field("blurhash", .string)
            .field("average_color", .string)
            .field("animated", .bool, .required)
            .field("source_format", .string, .required)
            .field("created_at", .datetime)
            .create()
        // Videos still in processing are picked up again after a restart.
        try await database.createIndex("media_attachments_state", on: MediaAttachment.schema, columns: ["state", "id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MediaAttachment.schema).delete()
    }
}
