import Accounts
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Issue 15: a customer who registered freely read the company's IT forums.
@Suite("The forums are for employees")
struct ForumGuestTests {
    @Test("A guest gets 404 for the forums, a category, a topic and a reply to it, and finds no topic in search")
    func guestsGetNotFound() async throws {
        try await withTestApp { app in
            let forums = ForumFixtures(app: app)
            let anna = try await forums.member("anna")
            let category = try await forums.category("IT-Hilfe", by: anna)
            let topic = try await forums.topic("VPN bricht ab", body: "Seit dem Update trennt der Tunnel", in: category, by: anna)
            let customer = TestBrowser(app)
            try await customer.register("kunde", affiliation: .guest)

            #expect(try await customer.get("/forums").status == .notFound)
            #expect(try await customer.get("/forums/c/\(category)").status == .notFound)
            let shown = try await customer.get("/forums/topics/\(topic)")
            #expect(shown.status == .notFound)
            #expect(!shown.text.contains("trennt der Tunnel"))
            #expect(try await customer.post("/forums/topics/\(topic)/replies", form: ["body": "Bei mir auch"]).status == .notFound)
            #expect(!(try await customer.get("/search?q=Tunnel").text.contains("VPN bricht ab")))
            // The employee still reads and finds it.
            #expect(try await anna.get("/forums/topics/\(topic)").status == .ok)
            #expect(try await anna.get("/search?q=Tunnel").text.contains("VPN bricht ab"))
        }
    }
}
