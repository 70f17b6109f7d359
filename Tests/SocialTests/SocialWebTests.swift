import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// The social network in the browser: friendship, posts, Pinnwand, comments, reactions,
/// shares, notifications and search, each end to end through the pages' forms.
@Suite("Social web")
struct SocialWebTests {
    /// Two registered members in their own browsers.
    private func pair(_ app: Application) async throws -> (TestBrowser, TestBrowser) {
        let anna = TestBrowser(app)
        try await anna.register("anna", displayName: "Anna Schmidt")
        let ben = TestBrowser(app)
        try await ben.register("ben", displayName: "Ben Weber")
        return (anna, ben)
    }

    private func befriend(_ anna: TestBrowser, _ ben: TestBrowser) async throws {
        #expect(try await anna.post("/@ben/relationship", form: ["action": "befriend"]).status == .seeOther)
        #expect(try await ben.post("/@anna/relationship", form: ["action": "accept"]).status == .seeOther)
    }

    private func postID(in html: String, containing marker: String) -> String? {
        let cards = html.split(separator: "<article").filter { $0.contains(marker) }
        return cards.first.flatMap { $0.firstMatch(of: /data-post-id="(\d+)"/) }.map { String($0.1) }
    }

    @Test("a friendship is asked, seen by the other side with a notification, accepted, and ended")
    func friendship() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            let asked = try await anna.post("/@ben/relationship", form: ["action": "befriend"])
            #expect(asked.status == .seeOther)
            #expect(try await anna.get("/@ben").text.contains("Anfrage zurückziehen"))
            // A second request is refused clearly, and so is befriending oneself.
            let again = try await anna.post("/@ben/relationship", form: ["action": "befriend"])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("bereits eine Freundschaftsanfrage"))
            #expect(try await anna.post("/@anna/relationship", form: ["action": "befriend"]).status == .unprocessableEntity)

            let bensFriends = try await ben.get("/friends")
            #expect(bensFriends.text.contains("Anna Schmidt"))
            #expect(try await ben.get("/").text.contains(#"id="unread-notifications" aria-label="1 ungelesen">1</span>"#))
            #expect(try await ben.get("/notifications").text.contains("Anna Schmidt möchte mit Ihnen befreundet sein."))
            // Read: the badge stays in the page, hidden, for live notifications to count up.
            #expect(try await ben.get("/").text.contains(#"id="unread-notifications" hidden="hidden""#))

            #expect(try await ben.post("/@anna/relationship", form: ["action": "accept"]).status == .seeOther)
            #expect(try await anna.get("/friends").text.contains("Ben Weber"))
            #expect(try await anna.get("/notifications").text.contains("Ben Weber hat Ihre Freundschaftsanfrage angenommen."))

            #expect(try await anna.post("/@ben/relationship", form: ["action": "unfriend"]).status == .seeOther)
            #expect(try await ben.get("/friends").text.contains("Noch keine Freunde"))
            #expect(try await anna.post("/@ben/relationship", form: ["action": "teleport"]).status == .badRequest)
        }
    }

    @Test("a friends-only post reaches the friend's newsfeed and nobody else's")
    func friendsOnlyPost() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            let carla = TestBrowser(app)
            try await carla.register("carla")
            try await befriend(anna, ben)
            let posted = try await anna.post("/posts", form: ["text": "Nur für Freunde: Grillfest am Freitag", "visibility": "friends", "return_to": "/"])
            #expect(posted.status == .seeOther)
            #expect(try await ben.get("/").text.contains("Grillfest am Freitag"))
            #expect(try await carla.get("/@anna").text.contains("Grillfest") == false)
            #expect(try await TestBrowser(app).get("/@anna").text.contains("Grillfest") == false)
            let id = try #require(postID(in: try await ben.get("/").text, containing: "Grillfest"))
            #expect(try await carla.get("/posts/\(id)").status == .notFound)
        }
    }

    @Test("bad posts are refused beside the field and keep the text")
    func badPosts() async throws {
        try await withTestApp { app in
            let (anna, _) = try await pair(app)
            let empty = try await anna.post("/posts", form: ["text": "   ", "visibility": "members"])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Der Beitrag ist leer."))
            let long = try await anna.post("/posts", form: ["text": String(repeating: "a", count: 5_001), "visibility": "members"])
            #expect(long.status == .unprocessableEntity)
            #expect(long.text.contains("5.000 Zeichen"))
            let unknown = try await anna.post("/posts", form: ["text": "Hallo @niemand, schön dich zu sehen", "visibility": "members"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("@niemand"))
            #expect(unknown.text.contains("Hallo @niemand, schön dich zu sehen"))
            let visibility = try await anna.post("/posts", form: ["text": "Hallo", "visibility": "geheim"])
            #expect(visibility.status == .unprocessableEntity)
            #expect(visibility.text.contains("Unbekannte Sichtbarkeit"))
            let direct = try await anna.post("/posts", form: ["text": "An niemanden", "visibility": "direct"])
            #expect(direct.status == .unprocessableEntity)
            #expect(try await anna.get("/@anna").text.contains("Noch keine Beiträge."))
        }
    }

    @Test("text becomes safe HTML with mentions, hashtags and links")
    func formatting() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            try await anna.post("/posts", form: ["text": "<script>alert(1)</script> Hallo @ben, siehe https://example.com/a?b=1 #Messe2026 info@firma.de",
                                                "visibility": "members"])
            let html = try await ben.get("/").text
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("<script>alert(1)"))
            #expect(html.contains(#"class="u-url mention">@<span>ben</span></a>"#))
            #expect(html.contains(#"<a href="https://example.com/a?b=1" rel="nofollow noopener noreferrer" target="_blank">"#))
            #expect(html.contains(#"/tags/messe2026" class="mention hashtag" rel="tag">#<span>Messe2026</span>"#))
            #expect(html.contains("info@firma.de"))
            #expect(try await ben.get("/notifications").text.contains("Anna Schmidt hat Sie erwähnt."))
            #expect(try await ben.get("/tags/messe2026").text.contains("siehe"))
        }
    }

    @Test("a friend writes on the Pinnwand; others may not; the owner removes it")
    func pinnwand() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            let carla = TestBrowser(app)
            try await carla.register("carla")
            // Not friends yet: no wall form, and posting to the wall is refused.
            #expect(try await ben.get("/@anna").text.contains("wall_owner_id") == false)
            try await befriend(anna, ben)
            let profile = try await ben.get("/@anna").text
            let wallOwner = try #require(profile.firstMatch(of: /name="wall_owner_id" value="(\d+)"/)).1
            let written = try await ben.post("/posts", form: ["text": "Alles Gute zum Dienstjubiläum!", "visibility": "members",
                                                             "wall_owner_id": String(wallOwner), "return_to": "/@anna"])
            #expect(written.status == .seeOther)
            #expect(try await anna.get("/@anna").text.contains("Alles Gute zum Dienstjubiläum!"))
            #expect(try await anna.get("/").text.contains("Alles Gute zum Dienstjubiläum!"))
            // Anna's friends who do not know Ben see it too: a Pinnwand post reaches both circles.
            let dora = TestBrowser(app)
            try await dora.register("dora")
            try await dora.post("/@anna/relationship", form: ["action": "befriend"])
            try await anna.post("/@dora/relationship", form: ["action": "accept"])
            #expect(try await dora.get("/").text.contains("Alles Gute zum Dienstjubiläum!"))
            #expect(try await carla.get("/").text.contains("Alles Gute zum Dienstjubiläum!") == false)
            #expect(try await anna.get("/notifications").text.contains("Ben Weber hat auf Ihre Pinnwand geschrieben."))
            let refused = try await carla.post("/posts", form: ["text": "Hallo", "wall_owner_id": String(wallOwner)])
            #expect(refused.status == .forbidden)

            let id = try #require(postID(in: try await anna.get("/@anna").text, containing: "Dienstjubiläum"))
            #expect(try await carla.post("/posts/\(id)/delete").status == .forbidden)
            #expect(try await anna.post("/posts/\(id)/delete", form: ["return_to": "/@anna"]).status == .seeOther)
            #expect(try await anna.get("/@anna").text.contains("Dienstjubiläum") == false)
        }
    }

    @Test("comments, replies one level deep, reactions and counts, with notifications to the author")
    func commentsAndReactions() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            try await anna.post("/posts", form: ["text": "Wer kommt zur Messe?", "visibility": "members"])
            let id = try #require(postID(in: try await ben.get("/@anna").text, containing: "Messe"))
            let commented = try await ben.post("/posts/\(id)/comments", form: ["text": "Ich bin dabei!"])
            #expect(commented.status == .seeOther)
            let page = try await anna.get("/posts/\(id)").text
            #expect(page.contains("Ich bin dabei!"))
            #expect(page.contains("1 Kommentar"))
            let commentID = try #require(postID(in: page, containing: "Ich bin dabei!"))
            try await anna.post("/posts/\(id)/comments", form: ["in_reply_to_id": commentID, "text-\(commentID)": "Super, bis dann"])
            // An answer to an answer stays in the same thread, one level deep.
            let replyID = try #require(postID(in: try await anna.get("/posts/\(id)").text, containing: "Super, bis dann"))
            try await ben.post("/posts/\(id)/comments", form: ["in_reply_to_id": replyID, "text-\(replyID)": "Freu mich"])
            let thread = try await anna.get("/posts/\(id)").text
            #expect(thread.contains("3 Kommentare"))
            #expect(thread.components(separatedBy: "comment-replies").count == 2)
            let emptyComment = try await ben.post("/posts/\(id)/comments", form: ["text": ""])
            #expect(emptyComment.status == .unprocessableEntity)
            #expect(emptyComment.text.contains("Der Beitrag ist leer."))

            #expect(try await ben.post("/posts/\(id)/react", form: ["kind": "celebrate"]).status == .seeOther)
            #expect(try await ben.post("/posts/\(id)/react", form: ["kind": "like"]).status == .seeOther)
            #expect(try await ben.post("/posts/\(id)/react", form: ["kind": "sparkle"]).status == .unprocessableEntity)
            let reacted = try await anna.get("/posts/\(id)").text
            #expect(reacted.contains("👍 1"))
            #expect(!reacted.contains("🎉 1"))
            let notes = try await anna.get("/notifications").text
            #expect(notes.contains("Ben Weber hat kommentiert."))
            #expect(notes.contains("Ben Weber hat auf Ihren Beitrag reagiert."))
            #expect(try await ben.post("/posts/\(id)/react", form: ["kind": "none"]).status == .seeOther)
            #expect(try await anna.get("/posts/\(id)").text.contains("👍 1") == false)
        }
    }

    @Test("sharing counts, never widens, and friends-only posts cannot be shared")
    func sharing() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            try await befriend(anna, ben)
            try await anna.post("/posts", form: ["text": "Neues Produkt vorgestellt", "visibility": "public"])
            try await anna.post("/posts", form: ["text": "Interne Zahlen", "visibility": "friends"])
            let feed = try await ben.get("/").text
            let publicID = try #require(postID(in: feed, containing: "Neues Produkt"))
            let privateID = try #require(postID(in: feed, containing: "Interne Zahlen"))
            #expect(try await ben.post("/posts/\(publicID)/share").status == .seeOther)
            #expect(try await ben.post("/posts/\(publicID)/share").status == .seeOther)
            #expect(try await anna.get("/posts/\(publicID)").text.contains("1-mal geteilt"))
            #expect(try await TestBrowser(app).get("/@ben").text.contains("Neues Produkt"))
            #expect(try await ben.post("/posts/\(privateID)/share").status == .forbidden)
            #expect(try await ben.post("/posts/\(publicID)/share", form: ["undo": "1"]).status == .seeOther)
            #expect(try await anna.get("/posts/\(publicID)").text.contains("0-mal geteilt"))
        }
    }

    @Test("edits keep a history; only the author edits")
    func editing() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            try await anna.post("/posts", form: ["text": "Erste Fassung", "visibility": "members"])
            let id = try #require(postID(in: try await anna.get("/@anna").text, containing: "Erste Fassung"))
            #expect(try await ben.get("/posts/\(id)/edit").status == .forbidden)
            #expect(try await ben.post("/posts/\(id)/edit", form: ["text": "Gekapert"]).status == .forbidden)
            let bad = try await anna.post("/posts/\(id)/edit", form: ["text": ""])
            #expect(bad.status == .unprocessableEntity)
            #expect(try await anna.post("/posts/\(id)/edit", form: ["text": "Zweite Fassung"]).status == .seeOther)
            let history = try await ben.get("/posts/\(id)/history").text
            #expect(history.contains("Erste Fassung"))
            #expect(history.contains("Zweite Fassung"))
            #expect(try await ben.get("/posts/\(id)").text.contains("bearbeitet"))
        }
    }

    @Test("search finds people, posts and hashtags the searcher may see")
    func search() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            try await anna.post("/posts", form: ["text": "Die Betriebsversammlung ist am Montag #intern", "visibility": "members"])
            try await anna.post("/posts", form: ["text": "Geheime Betriebsversammlung", "visibility": "friends"])
            let results = try await ben.get("/search?q=betriebsversamm").text
            #expect(results.contains("ist am Montag"))
            #expect(!results.contains("Geheime"))
            #expect(try await ben.get("/search?q=anna").text.contains("Anna Schmidt"))
            #expect(try await ben.get("/search?q=%23int").text.contains("#intern"))
            #expect(try await ben.get("/search?q=%22%29%28*").status == .ok)
            #expect(try await TestBrowser(app).get("/search?q=anna").status == .seeOther)
        }
    }

    @Test("block ends the friendship and hides both sides; mute only hides from the feed")
    func blockAndMute() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await pair(app)
            try await befriend(anna, ben)
            try await ben.post("/posts", form: ["text": "Bens Beitrag", "visibility": "members"])
            #expect(try await anna.get("/").text.contains("Bens Beitrag"))
            try await anna.post("/@ben/relationship", form: ["action": "mute"])
            #expect(try await anna.get("/").text.contains("Bens Beitrag") == false)
            #expect(try await anna.get("/@ben").text.contains("Bens Beitrag"))
            try await anna.post("/@ben/relationship", form: ["action": "block"])
            #expect(try await anna.get("/friends").text.contains("Ben Weber") == false)
            #expect(try await anna.get("/@ben").text.contains("Bens Beitrag") == false)
            let refused = try await ben.post("/@anna/relationship", form: ["action": "befriend"])
            #expect(refused.status == .forbidden)
        }
    }

    @Test("paging cursors: older posts link, garbage cursors are refused")
    func paging() async throws {
        try await withTestApp { app in
            let (anna, _) = try await pair(app)
            for number in 1...23 {
                try await anna.post("/posts", form: ["text": "Beitrag Nummer \(number).", "visibility": "members"])
            }
            let first = try await anna.get("/").text
            #expect(first.contains("Beitrag Nummer 23."))
            #expect(!first.contains("Beitrag Nummer 3."))
            let older = try #require(first.firstMatch(of: /href="(\/\?max_id=\d+)"/)).1
            let second = try await anna.get(String(older)).text
            #expect(second.contains("Beitrag Nummer 3."))
            #expect(!second.contains("Beitrag Nummer 23."))
            #expect(try await anna.get("/?max_id=kaputt").status == .badRequest)
            let since = try #require(first.firstMatch(of: /data-since="(\d+)"/)).1
            #expect(try await anna.get("/feed/new-count?since=\(since)").text == #"{"count":0}"#)
        }
    }

    @Test("the RSS feed of a profile carries only public posts")
    func rssFeed() async throws {
        try await withTestApp { app in
            let (anna, _) = try await pair(app)
            try await anna.post("/posts", form: ["text": "Offen für alle <3", "visibility": "public"])
            try await anna.post("/posts", form: ["text": "Nur intern", "visibility": "members"])
            let feed = try await anna.get("/@anna/feed.rss")
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.subType == "rss+xml")
            #expect(feed.text.contains("<rss"))
            #expect(feed.text.contains("Offen für alle &lt;3"))
            #expect(!feed.text.contains("Nur intern"))
            #expect(try await anna.get("/@niemand/feed.rss").status == .notFound)
        }
    }

    @Test("what a person types never breaks out of an attribute", arguments: [
        #""><script>alert(1)</script>"#, #"' onfocus='alert(1)"#, #"</textarea><script>alert(1)</script>"#,
    ])
    func attributeInjection(payload: String) async throws {
        try await withTestApp { app in
            let (anna, _) = try await pair(app)
            let script = "<script>alert(1)</script>"
            let encoded = payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let search = try await anna.get("/search?q=\(encoded)").text
            #expect(!search.contains(#"value="\#(payload)"#))
            #expect(!search.contains(script))
            // A refused post comes back with its text and where to return to, both escaped.
            let refused = try await anna.post("/posts", form: ["text": payload + " @niemand", "return_to": "/" + payload])
            #expect(refused.status == .unprocessableEntity)
            #expect(!refused.text.contains(#"value="/\#(payload)"#))
            #expect(!refused.text.contains(script))
            let registration = try await TestBrowser(app).register(payload, email: "x@example.com", displayName: payload)
            #expect(registration.status == .unprocessableEntity)
            #expect(!registration.text.contains(#"value="\#(payload)"#))
            #expect(!registration.text.contains(script))
        }
    }
}
