import Fluent
import TreffpunktCore

/// Topics and replies saved while Markdown went through Ink keep the HTML Ink made, which lost
/// everything after `<Ihr Name>`, an address in angle brackets or an unclosed `<svg`: rendered again
/// from their Markdown.
struct RenderForumTextsAgain: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.renderMarkdownAgain(table: ForumTopic.schema, source: "body", html: "body_html")
        try await database.renderMarkdownAgain(table: ForumReply.schema, source: "body", html: "body_html")
    }

    /// Ink's HTML is gone for good, and today's is what it should have been.
    func revert(on database: any Database) async throws {}
}
