import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Articles saved while Ink rendered Markdown are rendered again by a migration.
@Suite("Articles rendered again")
struct ArticleRenderAgainTests {
    @Test("an article stored with the HTML Ink swallowed after <Ihr Name> shows its whole text once the migration ran")
    func renderedAgain() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna")
            let path = try await blogs.article("Formular", in: "/@anna/blog", by: anna.browser,
                                               body: "Bitte <Ihr Name> eintragen.\n\nDanach **fett** und <https://example.org>.")
            // What Ink stored: everything after `<Ihr Name>` lost.
            try await app.db.sql.raw("UPDATE blog_articles SET html = \(bind: "<p>Bitte </p>") WHERE id = \(bind: try blogs.id(path))").run()
            #expect(try await anna.browser.get(path).text.contains("<strong>fett</strong>") == false)

            try await app.db.sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: "Blogs.RenderArticlesAgain")").run()
            try await app.autoMigrate()

            let page = try await anna.browser.get(path).text
            #expect(page.contains("Bitte &lt;Ihr Name&gt; eintragen."))
            #expect(page.contains("<strong>fett</strong>"))
            #expect(page.contains("href=\"https://example.org\""))
        }
    }
}
