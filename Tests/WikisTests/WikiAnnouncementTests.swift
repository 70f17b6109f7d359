import Foundation
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// The post that announces a new wiki page speaks the reader's language and links to today's address.
@Suite("Wiki announcements")
struct WikiAnnouncementTests {
    @Test("an English reader sees 'New wiki page' linked relatively; the API links absolutely to the current PUBLIC_URL, also after it changed")
    func readersLanguageAndAddress() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example" }) { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika"), kai = try await app.apiMember("kai")
            let id = try await wiki.page("Reisekosten", body: "Belege bis Monatsende", by: monika)
            #expect(try await kai.browser.post("/language", form: ["language": "en", "return_to": "/"]).status == .seeOther)

            let profile = try await kai.browser.get("/@monika").text
            #expect(profile.contains("New wiki page: <a href=\"/wiki/pages/\(id)\">Reisekosten</a>"))
            #expect(!profile.contains("Neue Wikiseite") && !profile.contains("treffpunkt.example/wiki"))
            #expect(try await monika.get("/@monika").text.contains("Neue Wikiseite: <a href=\"/wiki/pages/\(id)\">Reisekosten</a>"))
            #expect(try await statusContent(titled: "Reisekosten", for: kai, in: app)
                .contains("<a href=\"https://treffpunkt.example/wiki/pages/\(id)\">Reisekosten</a>"))

            app.config.publicURL = "https://intranet.musterfirma.de"
            #expect(try await statusContent(titled: "Reisekosten", for: kai, in: app)
                .contains("<a href=\"https://intranet.musterfirma.de/wiki/pages/\(id)\">Reisekosten</a>"))
            #expect(try await kai.browser.get("/@monika").text.contains("<a href=\"/wiki/pages/\(id)\">Reisekosten</a>"))
        }
    }

    @Test("an announcement stored in the old form (German words, the link of an old address) is converted by the migration; other posts stay")
    func oldFormConverted() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example" }) { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika"), kai = try await app.apiMember("kai")
            let id = try await wiki.page("WLAN", body: "Zugang für Gäste", by: monika)
            // As the demo data seeded before the port was set wrote it.
            let old = "Neue Wikiseite: „WLAN“ http://localhost:8080/wiki/pages/\(id)"
            try await app.db.sql.raw("""
                UPDATE posts SET text = \(bind: old), html = \(bind: "<p>\(old)</p>"), announcement_kind = NULL, announcement_path = NULL
                WHERE announcement_kind IS NOT NULL
                """).run()
            // A member's own words in that shape, linking elsewhere, stay as they are.
            _ = try await app.postStatus("Neue Wikiseite: „Kantine“ http://localhost:8080/@kai", by: kai)
            #expect(try await kai.browser.get("/@monika").text.contains("localhost:8080"))

            try await app.db.sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: "Social.ConvertAnnouncementTexts")").run()
            try await app.autoMigrate()

            #expect(try await kai.browser.post("/language", form: ["language": "en", "return_to": "/"]).status == .seeOther)
            let profile = try await kai.browser.get("/@monika").text
            #expect(profile.contains("New wiki page: <a href=\"/wiki/pages/\(id)\">WLAN</a>"))
            #expect(!profile.contains("localhost:8080"))
            #expect(try await statusContent(titled: "WLAN", for: kai, in: app).contains("https://treffpunkt.example/wiki/pages/\(id)"))
            #expect(try await statusContent(titled: "Kantine", for: kai, in: app).contains("Neue Wikiseite: „Kantine“ <a href=\"http://localhost:8080/@kai\""))
        }
    }

    /// The `content` of the announcement of `title`, as the Mastodon API's search gives it to `member`.
    private func statusContent(titled title: String, for member: APIMember, in app: Application) async throws -> String {
        let found = try await app.api(.GET, "/api/v2/search?q=\(title)&type=statuses", token: member.token).object
        let statuses = found["statuses"] as? [[String: Any]] ?? []
        return statuses.compactMap { $0["content"] as? String }.joined(separator: "\n")
    }
}
