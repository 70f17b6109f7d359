import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Topics and replies saved while Ink rendered Markdown are rendered again by a migration.
@Suite("Forum texts rendered again")
struct ForumRenderAgainTests {
    @Test("a topic and a reply stored with the HTML Ink swallowed show their whole text once the migration ran")
    func renderedAgain() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna")
            let category = try await forum.category("Allgemeines", by: anna)
            let topicID = try await forum.topic("Formular", body: "Bitte <Ihr Name> eintragen.\n\nDanach **fett**.", in: category, by: anna)
            let replyID = try await forum.reply("Schreib an <anna@musterfirma.de>.\n\nUnd _kursiv_.", to: topicID, by: anna)
            // What Ink stored: everything after the angle brackets lost.
            try await app.db.sql.raw("UPDATE forum_topics SET body_html = \(bind: "<p>Bitte </p>") WHERE id = \(bind: topicID)").run()
            try await app.db.sql.raw("UPDATE forum_replies SET body_html = \(bind: "<p>Schreib an </p>") WHERE id = \(bind: replyID)").run()
            #expect(try await anna.get("/forums/topics/\(topicID)").text.contains("<strong>fett</strong>") == false)

            try await app.db.sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: "Forums.RenderForumTextsAgain")").run()
            try await app.autoMigrate()

            let page = try await anna.get("/forums/topics/\(topicID)").text
            #expect(page.contains("Bitte &lt;Ihr Name&gt; eintragen."))
            #expect(page.contains("<strong>fett</strong>"))
            #expect(page.contains("href=\"mailto:anna@musterfirma.de\""))
            #expect(page.contains("<em>kursiv</em>"))
        }
    }
}
