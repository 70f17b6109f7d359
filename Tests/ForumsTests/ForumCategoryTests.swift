import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Categories: created by the forum's moderators only, named clearly, listed for every member.
@Suite("Forum categories")
struct ForumCategoryTests {
    @Test("only instance admins create company-wide categories; members are refused and nothing is written")
    func adminOnly() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena")

            let refused = try await lena.post("/forums/categories", form: ["name": "Plauderecke"])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Das dürfen nur die Moderatoren dieses Forums."))
            #expect(try await forum.count("forum_categories") == 0)
            #expect(try await lena.get("/forums").text.contains("Kategorie anlegen") == false)

            #expect(try await forum.category("IT-Fragen", by: anna) == "it-fragen")
            let overview = try await lena.get("/forums")
            #expect(overview.status == .ok)
            #expect(overview.text.contains("IT-Fragen"))
            #expect(overview.text.contains("0 Themen"))
            #expect(try await lena.get("/forums/c/it-fragen").status == .ok)
            #expect(try await lena.get("/forums/c/gibt-es-nicht").status == .notFound)
            #expect(try await TestBrowser(app).get("/forums").status != .ok)
        }
    }

    @Test("a missing, too long or taken name is shown beside the field and what was typed stays")
    func validation() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna")
            let empty = try await anna.post("/forums/categories", form: ["name": "  ", "description": "Worum es geht"])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Bitte geben Sie einen Namen ein."))
            #expect(empty.text.contains("Worum es geht"))

            let long = try await anna.post("/forums/categories", form: ["name": String(repeating: "x", count: 81)])
            #expect(long.status == .unprocessableEntity)
            #expect(long.text.contains("Bitte höchstens 80 Zeichen."))

            try await forum.category("Allgemeines", by: anna)
            let taken = try await anna.post("/forums/categories", form: ["name": "ALLGEMEINES"])
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("Eine Kategorie mit diesem Namen gibt es schon."))
            #expect(try await forum.count("forum_categories") == 1)
        }
    }
}
