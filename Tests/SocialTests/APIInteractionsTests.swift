@testable import Accounts
import Fluent
import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Social API: favourites and boosts")
struct APIInteractionsTests {
    @Test("favourite counts once and notifies the author; unfavourite takes it back; favourited is the reader's own")
    func favourites() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.postStatus("Sommerfest!", by: anna)

            let faved = try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite", token: ben.token)
            #expect(faved.status == .ok)
            let status = try faved.decoded(MastodonStatus.self)
            #expect(status.favourited && status.favourites_count == 1)
            let again = try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite", token: ben.token)
            #expect(try again.decoded(MastodonStatus.self).favourites_count == 1)

            let seenByAnna = try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: anna.token).decoded(MastodonStatus.self)
            #expect(seenByAnna.favourites_count == 1 && !seenByAnna.favourited)
            let notifications = try await app.api(.GET, "/api/v1/notifications", token: anna.token)
            let first = try #require(try notifications.array.first)
            #expect(first["type"] as? String == "favourite")
            #expect((first["account"] as? [String: Any])?["id"] as? String == ben.id)
            #expect((first["status"] as? [String: Any])?["id"] as? String == post.id)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)/favourited_by", token: anna.token).ids == [ben.id])

            let unfaved = try await app.api(.POST, "/api/v1/statuses/\(post.id)/unfavourite", token: ben.token)
            let after = try unfaved.decoded(MastodonStatus.self)
            #expect(!after.favourited && after.favourites_count == 0)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)/favourited_by", token: anna.token).ids.isEmpty)

            // A ❤️ given on the web stays a ❤️ when a client favourites; it counts as favourited.
            let carla = try await app.apiMember("carla")
            #expect(try await carla.browser.post("/posts/\(post.id)/react", form: ["kind": "love"]).status == .seeOther)
            let loved = try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite", token: carla.token).decoded(MastodonStatus.self)
            #expect(loved.favourited && loved.favourites_count == 1)
            #expect(try await Reaction.query(on: app.db).all().map(\.kind) == [.love])
            let hidden = try await app.postStatus("Nur Freunde", visibility: "private", by: anna)
            #expect(try await app.api(.POST, "/api/v1/statuses/\(hidden.id)/favourite", token: carla.token).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite").status == .unauthorized)
        }
    }

    @Test("a public post is reblogged and counted once; a friends-only post is refused with 403, as Mastodon refuses it; unreblog answers with the post")
    func reblogs() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            try await app.befriend(ben, anna)
            let post = try await app.postStatus("Teilenswert", visibility: "public", by: anna)
            let friendsOnly = try await app.postStatus("Nur für Freunde", visibility: "private", by: anna)

            let reblogged = try await app.api(.POST, "/api/v1/statuses/\(post.id)/reblog", token: ben.token)
            #expect(reblogged.status == .ok)
            let share = try reblogged.decoded(MastodonStatus.self)
            #expect(share.id != post.id)
            #expect(share.account.id == ben.id)
            #expect(share.reblog?.id == post.id)
            #expect(share.reblog?.reblogged == true)
            #expect(share.reblog?.reblogs_count == 1)
            #expect(share.visibility == "public")
            let twice = try await app.api(.POST, "/api/v1/statuses/\(post.id)/reblog", token: ben.token)
            #expect(try twice.decoded(MastodonStatus.self).id == share.id)
            let counted = try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: ben.token).decoded(MastodonStatus.self)
            #expect(counted.reblogs_count == 1 && counted.reblogged)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)/reblogged_by", token: anna.token).ids == [ben.id])
            // The share shows in the home timeline of ben's friend anna as a reblog.
            let home = try await app.api(.GET, "/api/v1/timelines/home", token: anna.token).decoded([MastodonStatus].self)
            #expect(home.first?.id == share.id && home.first?.reblog?.id == post.id)
            let notified = try await app.api(.GET, "/api/v1/notifications?types[]=reblog", token: anna.token).array
            #expect(notified.count == 1 && (notified.first?["status"] as? [String: Any])?["id"] as? String == post.id)

            let refused = try await app.api(.POST, "/api/v1/statuses/\(friendsOnly.id)/reblog", token: ben.token)
            #expect(refused.status == .forbidden)
            #expect(refused.errorMessage?.contains("geteilt") == true)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(friendsOnly.id)", token: anna.token).decoded(MastodonStatus.self).reblogs_count == 0)

            let unreblogged = try await app.api(.POST, "/api/v1/statuses/\(post.id)/unreblog", token: ben.token)
            let original = try unreblogged.decoded(MastodonStatus.self)
            #expect(original.id == post.id && !original.reblogged && original.reblogs_count == 0)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(share.id)", token: ben.token).status == .notFound)
        }
    }

    @Test("a quote is a status of its own that links the quoted post, which it shows only to those who may see it")
    func quotes() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.postStatus("Original", visibility: "unlisted", by: anna)
            let quoting = try await app.api(.POST, "/api/v1/statuses", token: ben.token,
                                             json: #"{"status": "Lest das", "visibility": "public", "quote_id": "\#(post.id)"}"#)
            #expect(quoting.status == .ok)
            let quote = try quoting.decoded(MastodonStatus.self)
            // A quote never reaches more people than the post it quotes.
            #expect(quote.visibility == "unlisted")
            #expect(quote.quote?.state == "accepted" && quote.quote?.quoted_status?.id == post.id)
            #expect(quote.content.contains("RE: <a href=\"http://localhost:8080/posts/\(post.id)\">"))

            // Carla, blocked by anna, sees ben's quote but not what it quotes.
            let carla = try await app.apiMember("carla")
            _ = try await app.api(.POST, "/api/v1/accounts/\(carla.id)/block", token: anna.token)
            let forCarla = try await app.api(.GET, "/api/v1/statuses/\(quote.id)", token: carla.token).decoded(MastodonStatus.self)
            #expect(forCarla.quote?.state == "unauthorized" && forCarla.quote?.quoted_status == nil)
            #expect(!forCarla.content.contains("RE:"))
            #expect(try await app.api(.GET, "/api/v1/statuses/\(quote.id)").status == .notFound)
        }
    }
}
