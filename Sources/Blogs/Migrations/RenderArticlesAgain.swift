import Fluent
import TreffpunktCore

/// Articles saved while Markdown went through Ink keep the HTML Ink made, which lost everything after
/// `<Ihr Name>`, an address in angle brackets or an unclosed `<svg`: rendered again from their Markdown.
struct RenderArticlesAgain: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.renderMarkdownAgain(table: BlogArticle.schema, source: "body", html: "html")
    }

    /// Ink's HTML is gone for good, and today's is what it should have been.
    func revert(on database: any Database) async throws {}
}
