import Accounts
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Issue 15: spaces are the company's inside. A guest (a customer who registered freely) could join an
/// open space and read its posts as a member.
@Suite("Spaces are for employees")
struct SpaceGuestTests {
    @Test("A guest gets 404 for every space page, cannot join, and reads no space post by any door, even one who joined as an employee")
    func guestsStayOutside() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let chef = try await spaces.member("chef")
            let uwe = try await spaces.member("uwe"), lena = try await spaces.member("lena")
            let slug = try await spaces.space("Kantine", access: "open", by: uwe)
            #expect(try await lena.post("/s/\(slug)/join").status == .seeOther)
            #expect(try await spaces.post("Kantinenplan der Woche", in: slug, by: uwe).status == .seeOther)
            let postID = try await spaces.postID("Kantinenplan")
            #expect(try await lena.get("/").text.contains("Kantinenplan"))

            let customer = TestBrowser(app)
            try await customer.register("kunde", affiliation: .guest)
            for path in ["/spaces", "/s/\(slug)", "/s/\(slug)/members", "/posts/\(postID)"] {
                #expect(try await customer.get(path).status == .notFound, "\(path)")
            }
            #expect(try await customer.post("/s/\(slug)/join").status == .notFound)
            #expect(!(try await customer.get("/search?q=Kantine").text.contains("Kantinenplan")))

            // Lena, a member of the space, becomes a guest: from her next request the space is closed to her.
            let token = try await lena.createAccessToken()
            #expect(try await chef.post("/admin/people/lena/affiliation", form: ["affiliation": "guest"]).status == .seeOther)
            #expect(try await lena.get("/s/\(slug)").status == .notFound)
            #expect(!(try await lena.get("/").text.contains("Kantinenplan")))
            #expect(!(try await lena.get("/search?q=Kantinenplan").text.contains("Kantinenplan der Woche")))
            #expect(try await app.api(.GET, "/api/v1/statuses/\(postID)", token: token).status == .notFound)
            let home = try await app.api(.GET, "/api/v1/timelines/home", token: token)
            #expect(home.status == .ok && !home.body.string.contains("Kantinenplan"))
        }
    }
}
