import Foundation
@testable import Media
import SQLKit
import TreffpunktCore
@testable import Pages
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A company page with its team, each member in their own browser; the admin registered first.
struct PageFixture {
    let admin: APIMember
    let owner: APIMember
    let editor: APIMember
    let moderator: APIMember
    let analyst: APIMember
    let slug: String

    var path: String { "/c/\(slug)" }

    /// An admin, a page "Beispiel AG" (slug `beispiel`) owned by `owner`, and an editor, moderator and analyst.
    static func make(_ app: Application, slug: String = "beispiel") async throws -> PageFixture {
        let admin = try await app.apiMember("admin")
        let owner = try await app.apiMember("olga")
        let editor = try await app.apiMember("edda")
        let moderator = try await app.apiMember("moritz")
        let analyst = try await app.apiMember("anton")
        let created = try await admin.browser.post("/c", form: ["name": "Beispiel AG", "slug": slug, "owner": "olga"])
        #expect(created.status == .seeOther, "\(created.text)")
        let fixture = PageFixture(admin: admin, owner: owner, editor: editor, moderator: moderator, analyst: analyst, slug: slug)
        for (member, role) in [(editor, "editor"), (moderator, "moderator"), (analyst, "analyst")] {
            let granted = try await owner.browser.post("\(fixture.path)/roles", form: ["member": member.username, "role": role])
            #expect(granted.status == .seeOther, "\(granted.text)")
        }
        return fixture
    }

    /// A real PNG of 640×320 pixels, made by the picture tools the media feature uses.
    static func picture() async throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try await ExternalTool("vips").run(["black", file.path, "640", "320", "--bands", "3"])
        return try Data(contentsOf: file)
    }

    /// The page account's id, as the Mastodon API gives it.
    func accountID(_ app: Application) async throws -> String {
        let account = try await app.api(.GET, "/api/v1/accounts/lookup?acct=\(slug)").object
        return try #require(account["id"] as? String)
    }
}

extension Application {
    /// Rows of a table of the Pages feature, to check that a refused request wrote nothing.
    func count(_ table: String) async throws -> Int {
        try await db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
