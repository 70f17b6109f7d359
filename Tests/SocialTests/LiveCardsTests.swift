@testable import Social
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// The cards live pages fetch: the visibility policy decides, as on every other door.
@Suite("Social web: live post cards")
struct LiveCardsTests {
    @Test("a post's card is shown to those who may see it and not found for anybody else")
    func cardHonoursVisibility() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(ben, anna)
            let status = try await app.postStatus("Karte für Freunde", visibility: "private", by: anna)
            let card = try await ben.browser.get("/posts/\(status.id)/card")
            #expect(card.status == .ok)
            #expect(card.text.contains(#"id="post-\#(status.id)""#))
            #expect(card.text.contains("Karte für Freunde"))
            #expect(!card.text.contains("<html"), "a card, not a page")
            #expect(try await carl.browser.get("/posts/\(status.id)/card").status == .notFound)
            #expect(try await TestBrowser(app).get("/posts/\(status.id)/card").status == .notFound)
            #expect(try await ben.browser.get("/posts/99999/card").status == .notFound)
        }
    }

    @Test("after a reconnect the newsfeed fetches the cards newer than the newest it shows")
    func newerCards() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(ben, anna)
            let seen = try await app.postStatus("schon gesehen", visibility: "private", by: anna)
            let missed = try await app.postStatus("verpasst", visibility: "private", by: anna)
            _ = try await app.postStatus("nicht für Ben", visibility: "private", by: carl)
            let cards = try await ben.browser.get("/feed/cards?since=\(seen.id)")
            #expect(cards.status == .ok)
            #expect(cards.text.contains(#"id="post-\#(missed.id)""#))
            #expect(!cards.text.contains(#"id="post-\#(seen.id)""#))
            #expect(!cards.text.contains("nicht für Ben"))
            #expect(try await ben.browser.get("/feed/cards?since=abc").status == .badRequest)
            // The newsfeed page carries what its script needs.
            let feed = try await ben.browser.get("/")
            #expect(feed.text.contains(#"data-cards-url="/feed/cards""#))
            #expect(feed.text.contains(#"data-card-url="/posts/{id}/card""#))
            // A profile's first page takes the member's new posts live; older pages and visitors do not.
            #expect(try await ben.browser.get("/@anna").text.contains(#"id="live-posts" hidden data-account-id="\#(anna.id)""#))
            #expect(try await ben.browser.get("/@anna?max_id=\(missed.id)").text.contains("live-posts") == false)
            #expect(try await TestBrowser(app).get("/@anna").text.contains("live-posts") == false)
        }
    }
}
