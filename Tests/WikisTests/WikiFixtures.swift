import Foundation
import SQLKit
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Members in their own browsers and the wiki pages they write through the forms, for the wiki tests.
struct WikiFixtures {
    let app: Application

    func member(_ username: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.register(username)
        return browser
    }

    /// Creates a page through the form of the wiki at `base` and returns its id.
    @discardableResult
    func page(_ title: String, body: String, parent: Int64? = nil, by author: TestBrowser, in base: String = "/wiki") async throws -> Int64 {
        let created = try await author.post(base, form: ["title": title, "body": body, "parent": parent.map(String.init) ?? ""])
        guard created.status == .seeOther, let location = created.location,
              let match = location.firstMatch(of: /\/pages\/(\d+)$/), let id = Int64(match.1) else {
            throw Abort(.internalServerError, reason: "page not created: \(created.status) \(created.text)")
        }
        return id
    }

    /// The revision the page's edit form is based on, as the form carries it.
    func baseRevision(_ pageID: Int64, seenBy member: TestBrowser, in base: String = "/wiki") async throws -> String {
        let form = try await member.get("\(base)/pages/\(pageID)/edit")
        guard let match = form.text.firstMatch(of: /name="base_revision" value="(\d+)"/) else {
            throw Abort(.internalServerError, reason: "no edit form: \(form.status)")
        }
        return String(match.1)
    }

    /// Saves the edit form as a browser that opened it on `base` revision.
    func save(_ pageID: Int64, title: String, body: String, note: String = "", basedOn revision: String, by member: TestBrowser,
              in base: String = "/wiki") async throws -> TestingHTTPResponse {
        try await member.post("\(base)/pages/\(pageID)", form: ["title": title, "body": body, "parent": "", "note": note,
                                                                "base_revision": revision])
    }

    /// The page's revision ids, oldest first.
    func revisions(of pageID: Int64) async throws -> [Int64] {
        try await app.db.sql.raw("SELECT id FROM wiki_revisions WHERE page_id = \(bind: pageID) ORDER BY number").all()
            .map { try $0.decode(column: "id", as: Int64.self) }
    }

    func count(_ table: String) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The page's rendered text: what lies between the text's container and the page's buttons.
    static func pageText(_ html: String) -> String {
        guard let start = html.range(of: "<div class=\"wiki-text\">"),
              let end = html.range(of: "</div><p class=\"wiki-actions\">", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
