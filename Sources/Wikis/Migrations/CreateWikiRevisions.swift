import Fluent
import TreffpunktCore

struct CreateWikiRevisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WikiRevision.schema)
            .field("id", .int64, .identifier(auto: false))
            .field("page_id", .int64, .required)
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("source", .string, .required)
            .field("note", .string, .required)
            .field("restored_from", .int)
            .field("author_id", .int64, .required)
            .field("created_at", .datetime)
            // A page's history in order; two saves on the same base revision cannot both get the next number.
            .unique(on: "page_id", "number", name: "wiki_revisions_page_number_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WikiRevision.schema).delete()
    }
}
