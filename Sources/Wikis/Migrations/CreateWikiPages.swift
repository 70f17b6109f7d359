import Fluent
import TreffpunktCore

struct CreateWikiPages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WikiPage.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("wiki_key", .int64, .required)
            .field("title", .string, .required)
            .field("title_key", .string, .required)
            .field("parent_id", .int64)
            .field("source", .string, .required)
            .field("current_revision_id", .int64, .required)
            .field("revision_count", .int, .required)
            .field("created_by", .int64, .required)
            .field("created_at", .datetime)
            // Also the index of a wiki's page tree and of resolving its links by title.
            .unique(on: "wiki_key", "title_key", name: "wiki_pages_title_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WikiPage.schema).delete()
    }
}
