import Fluent
import SQLKit
import TreffpunktCore

/// Serving a cover picture asks which article it belongs to.
struct AddArticleCoverIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex("blog_articles_cover", on: BlogArticle.schema, columns: ["cover_media_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX IF EXISTS blog_articles_cover").run()
    }
}
