import Fluent
import TreffpunktCore

/// Announcement posts keep what they announce (`PostAnnouncement`) instead of finished German words
/// and an absolute link.
struct AddPostAnnouncement: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("posts").field("announcement_kind", .string).update()
        try await database.schema("posts").field("announcement_path", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("posts").deleteField("announcement_path").update()
        try await database.schema("posts").deleteField("announcement_kind").update()
    }
}
