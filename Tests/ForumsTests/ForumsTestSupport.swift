import Foundation
import SQLKit
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Members in their own browsers, and the categories, topics and replies they write through the forms.
/// The first member registered is an instance administrator, so the company-wide forum's moderator.
struct ForumFixtures {
    let app: Application

    func member(_ username: String, displayName: String? = nil) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.register(username, displayName: displayName)
        return browser
    }

    /// Creates a category through the form and returns its slug.
    @discardableResult
    func category(_ name: String, by moderator: TestBrowser, base: String = "/forums") async throws -> String {
        let created = try await moderator.post("\(base)/categories", form: ["name": name, "description": ""])
        guard created.status == .seeOther, let location = created.location, location.hasPrefix("\(base)/c/") else {
            throw Abort(.internalServerError, reason: "category not created: \(created.status) \(created.text)")
        }
        return String(location.dropFirst("\(base)/c/".count))
    }

    /// Starts a topic through the form and returns its id.
    func topic(_ title: String, body: String = "Frage dazu.", in category: String, by author: TestBrowser,
               base: String = "/forums") async throws -> Int64 {
        let created = try await author.post("\(base)/c/\(category)/topics", form: ["title": title, "body": body])
        guard created.status == .seeOther, let location = created.location,
              let id = Int64(location.dropFirst("\(base)/topics/".count)) else {
            throw Abort(.internalServerError, reason: "topic not created: \(created.status) \(created.text)")
        }
        return id
    }

    /// Replies through the form and returns the reply's id.
    @discardableResult
    func reply(_ body: String, to topicID: Int64, by author: TestBrowser, base: String = "/forums") async throws -> Int64 {
        let replied = try await author.post("\(base)/topics/\(topicID)/replies", form: ["body": body])
        guard replied.status == .seeOther, let location = replied.location,
              let match = location.firstMatch(of: /#reply-(\d+)$/), let id = Int64(match.1) else {
            throw Abort(.internalServerError, reason: "reply not saved: \(replied.status) \(replied.text)")
        }
        return id
    }

    /// How many rows a count query finds.
    func count(_ query: SQLQueryString) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(query)").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Creates a space through its form and returns its slug.
    func space(_ name: String, access: String, by admin: TestBrowser) async throws -> String {
        let created = try await admin.post("/spaces", form: ["name": name, "description": "", "access": access])
        guard created.status == .seeOther, let location = created.location, location.hasPrefix("/s/") else {
            throw Abort(.internalServerError, reason: "space not created: \(created.status) \(created.text)")
        }
        return String(location.dropFirst(3))
    }
}
