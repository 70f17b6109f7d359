import Foundation
import Testing
import TestSupport
import TreffpunktApp
import Vapor
import VaporTesting

@Suite("Forum demo data")
struct ForumDemoTests {
    @Test("the demo forums have a solved question, a pinned and a locked topic, and a topic in the Qualitätszirkel forum; seeding again adds nothing")
    func demo() async throws {
        try await withTestApp { app in
            _ = try await DemoData.load(into: app)
            let forum = ForumFixtures(app: app)
            let lena = TestBrowser(app)
            #expect(try await lena.logIn("lena.schmid", password: "treffpunkt-demo").status == .seeOther)
            let overview = try await lena.get("/forums").text
            #expect(overview.contains("IT-Fragen"))
            #expect(overview.contains("Allgemeines"))
            let questions = try await lena.get("/forums/c/it-fragen").text
            #expect(questions.contains("forum-solved"))
            #expect(questions.contains("forum-pinned"))
            #expect(try await lena.get("/forums/c/allgemeines").text.contains("forum-locked"))

            let claudia = TestBrowser(app)
            #expect(try await claudia.logIn("claudia.wolf", password: "treffpunkt-demo").status == .seeOther)
            #expect(try await claudia.get("/s/qualitaetszirkel/forum/c/verbesserungsvorschlaege").text
                .contains("Prüfplan für die neuen Messschieber"))
            // Lena is not in the closed space: its forum is for members.
            #expect(try await lena.get("/s/qualitaetszirkel/forum").status == .forbidden)

            let counts = (try await forum.count("forum_categories"), try await forum.count("forum_topics"),
                          try await forum.count("forum_replies"))
            #expect(counts.0 == 3)
            _ = try await DemoData.load(into: app)
            #expect(try await forum.count("forum_categories") == counts.0)
            #expect(try await forum.count("forum_topics") == counts.1)
            #expect(try await forum.count("forum_replies") == counts.2)
        }
    }
}
