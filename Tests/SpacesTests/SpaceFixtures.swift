import Foundation
import SQLKit
import TreffpunktCore
import TestSupport
import Vapor
import VaporTesting

/// Members in their own browsers and the spaces they make, for the spaces tests.
struct SpaceFixtures {
    let app: Application

    func member(_ username: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.register(username)
        return browser
    }

    /// Creates a space through the form and returns its slug.
    @discardableResult
    func space(_ name: String, access: String, by admin: TestBrowser, description: String = "") async throws -> String {
        let created = try await admin.post("/spaces", form: ["name": name, "description": description, "access": access])
        guard created.status == .seeOther, let location = created.location, location.hasPrefix("/s/") else {
            throw Abort(.internalServerError, reason: "space not created: \(created.status) \(created.text)")
        }
        return String(location.dropFirst(3))
    }

    /// The space's id, as its composer carries it.
    func spaceID(_ slug: String, seenBy member: TestBrowser) async throws -> String {
        let page = try await member.get("/s/\(slug)")
        guard let match = page.text.firstMatch(of: /name="space_id" value="(\d+)"/) else {
            throw Abort(.internalServerError, reason: "no composer on /s/\(slug): \(page.status)")
        }
        return String(match.1)
    }

    /// Posts in the space through its composer.
    func post(_ text: String, in slug: String, by member: TestBrowser) async throws -> TestingHTTPResponse {
        let id = try await spaceID(slug, seenBy: member)
        return try await member.post("/posts", form: ["text": text, "space_id": id, "return_to": "/s/\(slug)"])
    }

    /// How many posts start with `marker`.
    func postCount(_ marker: String) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM posts WHERE text LIKE \(bind: marker + "%")").first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// The id of the post whose text starts with `marker`.
    func postID(_ marker: String) async throws -> Int64 {
        let row = try await app.db.sql.raw("SELECT id FROM posts WHERE text LIKE \(bind: marker + "%")").first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else { throw Abort(.notFound) }
        return id
    }
}
