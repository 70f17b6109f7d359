@testable import Blogs
import Foundation
import SQLKit
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Drafts, publishing into the newsfeed, the discussion through the post, editing and deleting.
@Suite("Blog articles")
struct ArticleLifecycleTests {
    @Test("a draft is seen by its writer only: not on the blog, not in /blogs, 404 for others")
    func draftIsPrivate() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let path = try await blogs.article("Geheimer Entwurf", in: "/@anna/blog", by: anna.browser, intent: "draft")
            #expect(path.hasPrefix("/@anna/blog/"))
            let own = try await anna.browser.get(path)
            #expect(own.status == .ok && own.text.contains("Geheimer Entwurf") && own.text.contains("Entwurf"))
            #expect(try await anna.browser.get("/@anna/blog").text.contains("Geheimer Entwurf"))
            #expect(try await ben.browser.get(path).status == .notFound)
            #expect(try await TestBrowser(app).get(path).status == .notFound)
            #expect(try await ben.browser.get("/@anna/blog").text.contains("Geheimer Entwurf") == false)
            #expect(try await ben.browser.get("/blogs").text.contains("Geheimer Entwurf") == false)
            #expect(try await blogs.postID(ofArticle: path) == nil)
            // Others may neither change nor write in the blog.
            #expect(try await ben.browser.post("\(path)/edit", form: ["title": "X", "body": "Y", "intent": "publish"]).status == .notFound)
            #expect(try await blogs.write("Fremd", in: "/@anna/blog", by: ben.browser).status == .forbidden)
            #expect(try await ben.browser.get("/@anna/blog/new").status == .forbidden)
        }
    }

    @Test("publishing puts the article on the blog and its post in friends' newsfeeds; members-only stays from visitors")
    func publishReachesTheNewsfeed() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben"), carl = try await blogs.member("carl")
            try await app.befriend(anna, ben)
            let draft = try await blogs.article("Unser Umzug nach Halle 3", in: "/@anna/blog", by: anna.browser, intent: "draft",
                                                tags: "umzug, Werk-Halle")
            let published = try await anna.browser.post("\(draft)/edit", form: [
                "title": "Unser Umzug nach Halle 3", "body": "Am **Montag** geht es los.", "tags": "umzug, Werk-Halle",
                "visibility": "public", "intent": "publish"])
            #expect(published.status == .seeOther)
            let postID = try #require(try await blogs.postID(ofArticle: draft))
            #expect(try await blogs.announcements(of: draft) == 1)
            let visitor = try await TestBrowser(app).get(draft)
            #expect(visitor.status == .ok && visitor.text.contains("<strong>Montag</strong>") && visitor.text.contains("#werk_halle"))
            #expect(try await TestBrowser(app).get("/@anna/blog").text.contains("Unser Umzug nach Halle 3"))
            #expect(try await ben.browser.get("/").text.contains("Unser Umzug nach Halle 3"))
            #expect(try await carl.browser.get("/blogs").text.contains("Unser Umzug nach Halle 3"))

            let members = try await blogs.article("Nur für Kolleg:innen", in: "/@anna/blog", by: anna.browser, visibility: "members")
            #expect(try await TestBrowser(app).get(members).status == .notFound)
            #expect(try await TestBrowser(app).get("/blogs").text.contains("Nur für Kolleg:innen") == false)
            #expect(try await carl.browser.get(members).status == .ok)
            #expect(try await ben.browser.get("/").text.contains("Nur für Kolleg:innen"))

            // The discussion is the post's: a comment and a reaction show on the article.
            #expect(try await ben.browser.post("/posts/\(postID)/comments", form: ["text": "Endlich mehr Platz!"]).status == .seeOther)
            #expect(try await carl.browser.post("/posts/\(postID)/react", form: ["kind": "celebrate", "return_to": draft]).status == .seeOther)
            let page = try await carl.browser.get(draft)
            #expect(page.text.contains("Endlich mehr Platz!") && page.text.contains("🎉 1") && page.text.contains("comment-form"))
            #expect(try await TestBrowser(app).get(draft).text.contains("Endlich mehr Platz!"))
        }
    }

    @Test("a blocked member sees neither the article nor its discussion")
    func blocksHide() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let path = try await blogs.article("Sommerfest", in: "/@anna/blog", by: anna.browser, visibility: "members")
            #expect(try await anna.browser.post("/@ben/relationship", form: ["action": "block"]).status == .seeOther)
            #expect(try await ben.browser.get(path).status == .notFound)
            #expect(try await ben.browser.get("/blogs").text.contains("Sommerfest") == false)
        }
    }

    @Test("editing keeps a published article published with its one post; deleting takes both away; bad input is refused and kept")
    func editAndDelete() async throws {
        try await withTestApp { app in
            let blogs = BlogFixture(app: app)
            let anna = try await blogs.member("anna"), ben = try await blogs.member("ben")
            let path = try await blogs.article("Erste Fassung", in: "/@anna/blog", by: anna.browser)
            let edited = try await anna.browser.post("\(path)/edit", form: [
                "title": "Zweite Fassung", "body": "Neu", "visibility": "public", "intent": "keep"])
            #expect(edited.status == .seeOther)
            #expect(try await ben.browser.get(path).text.contains("Zweite Fassung"))
            #expect(try await blogs.announcements(of: path) == 1)

            let widened = try await anna.browser.post("\(path)/edit", form: [
                "title": "Zweite Fassung", "body": "Neu", "visibility": "members", "intent": "keep"])
            #expect(widened.status == .unprocessableEntity && widened.text.contains("bleibt, wie es ist"))

            let empty = try await blogs.write("", in: "/@anna/blog", by: anna.browser, body: "Text bleibt erhalten")
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Bitte geben Sie einen Titel ein.") && empty.text.contains("Text bleibt erhalten"))
            let noIntent = try await blogs.write("Titel", in: "/@anna/blog", by: anna.browser, intent: "irgendwas")
            #expect(noIntent.status == .unprocessableEntity)
            let tooLong = try await blogs.write(String(repeating: "x", count: 201), in: "/@anna/blog", by: anna.browser)
            #expect(tooLong.status == .unprocessableEntity)

            #expect(try await ben.browser.post("\(path)/delete").status == .forbidden)
            #expect(try await ben.browser.get(path).status == .ok)
            #expect(try await anna.browser.post("\(path)/delete").status == .seeOther)
            #expect(try await ben.browser.get(path).status == .notFound)
            #expect(try await blogs.announcements(of: path) == 0)
        }
    }
}
