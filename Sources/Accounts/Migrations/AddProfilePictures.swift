import Fluent

/// The media feature's table comes later in the migration order, so the columns carry no foreign key;
/// `ProfilePictures` replaces and removes the media together with the column.
struct AddProfilePictures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        try await database.schema(User.schema).field("avatar_media_id", .int64).update()
        try await database.schema(User.schema).field("header_media_id", .int64).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("avatar_media_id").update()
        try await database.schema(User.schema).deleteField("header_media_id").update()
    }
}
