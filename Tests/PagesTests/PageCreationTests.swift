import Foundation
import Testing
import TestSupport
import Accounts
import Pages
import Social
import Vapor
import VaporTesting

@Suite("Company pages: creating and finding them")
struct PageCreationTests {
    @Test("an admin creates a page with its first owner; it is listed, found by name and shown to visitors")
    func adminCreates() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let shown = try await TestBrowser(app).get(page.path)
            #expect(shown.status == .ok)
            #expect(shown.text.contains("Beispiel AG") && shown.text.contains("Unternehmensseite"))
            let list = try await page.editor.browser.get("/c")
            #expect(list.text.contains("Beispiel AG") && !list.text.contains(#"id="create-page""#))
            #expect(try await page.admin.browser.get("/c").text.contains(#"id="create-page""#))
            #expect(try await page.editor.browser.get("/c?q=beisp").text.contains("Beispiel AG"))
            #expect(try await page.editor.browser.get("/c?q=gibtsnicht").text.contains("Beispiel AG") == false)
            // Pages are not people: the members directory leaves them out.
            #expect(try await page.editor.browser.get("/people").text.contains("Beispiel AG") == false)
        }
    }

    @Test("only admins create pages; a bad slug, a taken slug or an unknown owner write nothing and keep what was typed")
    func refusals() async throws {
        try await withTestApp { app in
            let admin = try await app.apiMember("admin")
            let member = try await app.apiMember("maria")
            let refused = try await member.browser.post("/c", form: ["name": "Meine AG", "slug": "meine", "owner": "maria"])
            #expect(refused.status == .forbidden)
            let users = try await app.count("users")

            let badSlug = try await admin.browser.post("/c", form: ["name": "Schräge AG", "slug": "schräg/seite", "owner": "maria"])
            #expect(badSlug.status == .unprocessableEntity)
            #expect(badSlug.text.contains("Schräge AG") && badSlug.text.contains("schräg/seite"))
            let unknownOwner = try await admin.browser.post("/c", form: ["name": "Gute AG", "slug": "gute", "owner": "niemand"])
            #expect(unknownOwner.status == .unprocessableEntity)
            #expect(unknownOwner.text.contains("Kein Mitglied mit diesem Benutzernamen."))
            let taken = try await admin.browser.post("/c", form: ["name": "Maria AG", "slug": "MARIA", "owner": "maria"])
            #expect(taken.status == .unprocessableEntity && taken.text.contains("schon vergeben"))
            #expect(try await app.count("users") == users)
            #expect(try await app.count("page_roles") == 0)
            #expect(try await app.count("page_profiles") == 0)
        }
    }

    @Test("/@slug of a page leads to /c/slug; a person's /c/… is not a page")
    func addresses() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let profile = try await TestBrowser(app).get("/@beispiel")
            #expect(profile.status == .seeOther && profile.location == "/c/beispiel")
            #expect(try await TestBrowser(app).get("/c/olga").status == .notFound)
            #expect(try await TestBrowser(app).get("/c/gibtsnicht").status == .notFound)
            _ = page
        }
    }

    @Test("nobody logs in as a page, neither in the browser nor with the password grant")
    func noLogin() async throws {
        try await withTestApp { app in
            _ = try await PageFixture.make(app)
            let browser = TestBrowser(app)
            let login = try await browser.logIn("beispiel", password: "!")
            #expect(login.status != .seeOther)
            #expect(try await browser.logIn("beispiel", password: "irgendein-passwort").status != .seeOther)
            #expect(try await browser.get("/settings/profile").status != .ok)
        }
    }

    /// The demo people, their posts and this feature's share: what the pages build on.
    private func seedDemo(_ app: Application) async throws {
        try await AccountsDemoData.seed(on: app)
        try await SocialDemoData.seed(on: app)
        try await PagesFeature.seedDemo(on: app)
    }

    @Test("the demo company has its pages, and seeding again creates nothing new")
    func demo() async throws {
        try await withTestApp { app in
            try await seedDemo(app)
            let pages = try await app.count("page_profiles")
            let blocks = try await app.count("page_blocks")
            let reviews = try await app.count("page_reviews")
            #expect(pages == 2 && blocks >= 7 && reviews >= 3)
            try await seedDemo(app)
            #expect(try await app.count("page_profiles") == pages)
            #expect(try await app.count("page_blocks") == blocks)
            #expect(try await app.count("page_reviews") == reviews)
            let shown = try await TestBrowser(app).get("/c/musterfirma")
            #expect(shown.status == .ok)
            for text in ["Musterfirma GmbH", "Impressum", "Noch keine offenen Stellen", "Hannover Messe", "Katrin Schulz",
                         "Die Kantine bekommt ab März einen neuen Caterer.", "4,3 von 5 Sternen (3 Bewertungen)"] {
                #expect(shown.text.contains(text), "missing: \(text)")
            }
            // Members-only posts of the page stay with members.
            #expect(shown.text.contains("Sommerfest") == false)
        }
    }
}
