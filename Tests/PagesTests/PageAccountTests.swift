import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Company pages: posts as the page, follows and the Mastodon API")
struct PageAccountTests {
    @Test("a page is an account in the API: lookup, followed at once, its statuses, found by search")
    func mastodonAccount() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let reader = try await app.apiMember("rita")
            let id = try await page.accountID(app)
            let account = try await app.api(.GET, "/api/v1/accounts/\(id)").object
            #expect(account["username"] as? String == "beispiel" && account["display_name"] as? String == "Beispiel AG")
            #expect(account["locked"] as? Bool == false && account["bot"] as? Bool == false && account["group"] as? Bool == false)
            #expect((account["url"] as? String)?.hasSuffix("/c/beispiel") == true)

            let followed = try await app.api(.POST, "/api/v1/accounts/\(id)/follow", token: reader.token).object
            #expect(followed["following"] as? Bool == true && followed["requested"] as? Bool == false)
            #expect(try await app.api(.GET, "/api/v1/accounts/\(id)").object["followers_count"] as? Int == 1)

            let published = try await page.editor.browser.post("\(page.path)/posts", form: ["text": "Neues vom Werk", "visibility": "public"])
            #expect(published.status == .seeOther)
            let statuses = try await app.api(.GET, "/api/v1/accounts/\(id)/statuses").array
            #expect(statuses.count == 1 && statuses.first?["content"].map { "\($0)" }?.contains("Neues vom Werk") == true)

            let found = try await app.api(.GET, "/api/v2/search?q=beispiel&type=accounts", token: reader.token).object
            let accounts = try #require(found["accounts"] as? [[String: Any]])
            #expect(accounts.contains { $0["id"] as? String == id })
            #expect(try await reader.browser.get("/search?q=beispiel").text.contains("Unternehmensseite"))
            let webfinger = try await app.api(.GET, "/.well-known/webfinger?resource=acct:beispiel@localhost:8080")
            #expect(webfinger.status == .ok)
        }
    }

    @Test("posts as the page reach followers' newsfeeds and obey their visibility; who wrote them is kept")
    func postsAsPage() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let follower = try await app.apiMember("fritz")
            let stranger = try await app.apiMember("susi")
            #expect(try await follower.browser.post("/@beispiel/relationship", form: ["action": "follow", "return_to": page.path]).status == .seeOther)
            #expect(try await follower.browser.get(page.path).text.contains("Nicht mehr folgen"))

            #expect(try await page.editor.browser.post("\(page.path)/posts", form: ["text": "Offen für alle", "visibility": "public"]).status == .seeOther)
            #expect(try await page.owner.browser.post("\(page.path)/posts", form: ["text": "Nur für Mitglieder", "visibility": "members"]).status == .seeOther)
            let home = try await app.api(.GET, "/api/v1/timelines/home", token: follower.token).text
            #expect(home.contains("Offen für alle") && home.contains("Nur für Mitglieder"))
            let strangerHome = try await app.api(.GET, "/api/v1/timelines/home", token: stranger.token).text
            #expect(!strangerHome.contains("Offen für alle"))

            let id = try await page.accountID(app)
            let anonymous = try await app.api(.GET, "/api/v1/accounts/\(id)/statuses").text
            #expect(anonymous.contains("Offen für alle") && !anonymous.contains("Nur für Mitglieder"))

            // Friends-only makes no sense for a page; the typed text stays in the form.
            let friendsOnly = try await page.editor.browser.post("\(page.path)/posts", form: ["text": "Geheim", "visibility": "friends"])
            #expect(friendsOnly.status == .unprocessableEntity && friendsOnly.text.contains("Geheim"))
            #expect(try await page.moderator.browser.post("\(page.path)/posts", form: ["text": "Darf ich?", "visibility": "public"]).status == .forbidden)
            #expect(try await stranger.browser.post("\(page.path)/posts", form: ["text": "Darf ich?", "visibility": "public"]).status == .forbidden)
            #expect(try await app.count("page_post_authors") == 2)

            let statistics = try await page.analyst.browser.get("\(page.path)/statistics").text
            #expect(statistics.contains("Edda") && statistics.contains("Olga"))
        }
    }

    @Test("a page is followed, never befriended: a friendship request to it is refused in the web and the API")
    func noFriendship() async throws {
        try await withTestApp { app in
            let page = try await PageFixture.make(app)
            let member = try await app.apiMember("fritz")
            let refused = try await member.browser.post("/@beispiel/relationship", form: ["action": "befriend"])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("folgen Sie ihr stattdessen"))
            #expect(try await app.count("friend_requests") == 0)
            // Mastodon's follow is a plain follow here, never a request.
            let id = try await page.accountID(app)
            #expect(try await app.api(.POST, "/api/v1/accounts/\(id)/follow", token: member.token).status == .ok)
            #expect(try await app.count("friend_requests") == 0)
            #expect(try await app.count("follows") == 1)
        }
    }
}
