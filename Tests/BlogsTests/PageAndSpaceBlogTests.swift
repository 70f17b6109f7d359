import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Company page blogs are written by the page's owners and editors; space blogs by and for the space's members.
@Suite("Page and space blogs")
struct PageAndSpaceBlogTests {
    @Test("a page's editors write its blog as the page; others may not; followers get the post")
    func pageBlog() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let admin = try await blogs.member("admin"), olga = try await blogs.member("olga")
            let edda = try await blogs.member("edda"), max = try await blogs.member("max")
            try await blogs.page(admin: admin, owner: olga, editor: edda)
            #expect(try await max.browser.post("/@beispiel/relationship", form: ["action": "follow"]).status == .seeOther)

            #expect(try await max.browser.get("/c/beispiel/blog/new").status == .forbidden)
            #expect(try await blogs.write("Übernahme", in: "/c/beispiel/blog", by: max.browser).status == .forbidden)
            #expect(try await edda.browser.get("/c/beispiel/blog/new").status == .ok)

            let draft = try await blogs.article("Neuer Standort", in: "/c/beispiel/blog", by: edda.browser, intent: "draft")
            // Owners and editors share the page's drafts.
            #expect(try await olga.browser.get(draft).status == .ok)
            #expect(try await olga.browser.get("/c/beispiel/blog").text.contains("Neuer Standort"))
            #expect(try await max.browser.get(draft).status == .notFound)

            let published = try await olga.browser.post("\(draft)/edit", form: [
                "title": "Neuer Standort", "body": "Wir eröffnen in Ulm.", "visibility": "public", "intent": "publish"])
            #expect(published.status == .seeOther)
            #expect(try await max.browser.get("/").text.contains("Neuer Standort"))
            #expect(try await TestBrowser(app).get(draft).text.contains("Wir eröffnen in Ulm."))
            // The post is the page's.
            #expect(try await TestBrowser(app).get("/c/beispiel").status == .ok)
            #expect(try await max.browser.post("\(draft)/delete").status == .forbidden)
            #expect(try await TestBrowser(app).get("/@beispiel/blog").status == .notFound)
        }
    }

    @Test("a space's blog: members write and read it, outsiders of an open space are turned away, of a secret one it does not exist")
    func spaceBlog() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let uwe = try await blogs.member("uwe"), lena = try await blogs.member("lena"), kai = try await blogs.member("kai")
            let open = try await blogs.space("Betriebssport", access: "open", by: uwe.browser)
            #expect(try await lena.browser.post("/s/\(open)/join").status == .seeOther)

            let path = try await blogs.article("Trainingsplan", in: "/s/\(open)/blog", by: lena.browser, visibility: "")
            #expect(path.hasPrefix("/s/\(open)/blog/"))
            #expect(try await uwe.browser.get(path).text.contains("Trainingsplan"))
            #expect(try await uwe.browser.get("/").text.contains("Trainingsplan"))
            #expect(try await kai.browser.get("/s/\(open)/blog").status == .forbidden)
            #expect(try await kai.browser.get(path).status == .forbidden)
            #expect(try await kai.browser.get("/").text.contains("Trainingsplan") == false)
            #expect(try await kai.browser.get("/blogs").text.contains("Trainingsplan") == false)
            #expect(try await TestBrowser(app).get(path).status != .ok)
            #expect(try await uwe.browser.get("/s/\(open)/blog/feed.rss").status == .notFound)
            // Members write, admins edit everyone's articles.
            #expect(try await uwe.browser.get("\(path)/edit").status == .ok)

            let secret = try await blogs.space("Vorstand", access: "secret", by: uwe.browser)
            let hidden = try await blogs.article("Quartalszahlen", in: "/s/\(secret)/blog", by: uwe.browser, visibility: "")
            #expect(try await kai.browser.get("/s/\(secret)/blog").status == .notFound)
            #expect(try await kai.browser.get(hidden).status == .notFound)
            #expect(try await kai.browser.get("/s/\(secret)/blog/new").status == .notFound)
            #expect(try await lena.browser.get("/blogs").text.contains("Quartalszahlen") == false)
            #expect(try await lena.browser.get("/search?q=Quartal").text.contains("Quartalszahlen") == false)
            #expect(try await uwe.browser.get("/search?q=Quartal").text.contains("Quartalszahlen"))
            #expect(try await uwe.browser.get("/blogs").text.contains("Quartalszahlen"))
        }
    }
}
