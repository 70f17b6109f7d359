import Accounts
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Issue 15: a customer who registered freely read the company wiki and edited the page "WLAN".
@Suite("The wiki is for employees")
struct WikiGuestTests {
    @Test("A guest gets 404 for the company wiki, a page and its edit, and finds no page in search")
    func guestsGetNotFound() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let anna = try await wiki.member("anna")
            let page = try await wiki.page("WLAN", body: "Das Passwort steht am Empfang", by: anna)
            let revision = try await wiki.baseRevision(page, seenBy: anna)
            let customer = TestBrowser(app)
            try await customer.register("kunde", affiliation: .guest)

            #expect(try await customer.get("/wiki").status == .notFound)
            let shown = try await customer.get("/wiki/pages/\(page)")
            #expect(shown.status == .notFound)
            #expect(!shown.text.contains("Passwort steht am Empfang"))
            let edit = try await wiki.save(page, title: "WLAN", body: "Max Kunde war hier", basedOn: revision, by: customer)
            #expect(edit.status == .notFound)
            #expect(try await wiki.revisions(of: page).count == 1)
            #expect(try await customer.post("/wiki", form: ["title": "Neu", "body": "x", "parent": ""]).status == .notFound)
            #expect(!(try await customer.get("/search?q=Empfang").text.contains("WLAN")))
            // The employee still reads and finds it.
            #expect(try await anna.get("/wiki/pages/\(page)").status == .ok)
            #expect(try await anna.get("/search?q=Empfang").text.contains("WLAN"))
        }
    }
}
