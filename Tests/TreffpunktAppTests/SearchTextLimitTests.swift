import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Every search by `LIKE` goes through one pattern builder with one length limit: SQLite answered a
/// search text over 50,000 bytes with "LIKE or GLOB pattern too complex", a 500 (found by the form fuzzer).
@Suite("Search text limits")
struct SearchTextLimitTests {
    @Test("an overlong search text is answered 400 with a message on every search page, on SQLite and PostgreSQL alike")
    func overlongSearchTextIsABadRequest() async throws {
        try await withTestApp { app in
            let member = TestBrowser(app)
            try await member.register("anna")
            let long = String(repeating: "a", count: 60_000)
            // The search page asks every feature's section too: people, posts, pages, spaces, articles, forums, wikis.
            for path in ["/search?q=", "/c?q=", "/spaces?q=", "/org/directory?q=", "/org/directory?position="] {
                let response = try await member.get(path + long)
                #expect(response.status == .badRequest, "\(path)")
                #expect(response.text.contains("Der Suchbegriff ist zu lang"), "\(path)")
            }
            let api = try await app.api(.GET, "/api/v2/search?q=" + long, token: try await member.createAccessToken())
            #expect(api.status == .badRequest)
            let fine = try await member.get("/search?q=" + String(repeating: "a", count: 500))
            #expect(fine.status == .ok)
        }
    }
}
