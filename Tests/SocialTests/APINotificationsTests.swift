@testable import Accounts
import Fluent
import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Social API: notifications and markers")
struct APINotificationsTests {
    @Test("notifications have Mastodon's types, accounts and statuses; types[] and exclude_types[] filter; paging links")
    func listAndFilter() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            _ = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token)
            let post = try await app.postStatus("Was meint ihr?", by: anna)
            let comment = try await app.postStatus("Gute Idee", by: ben, extra: #", "in_reply_to_id": "\#(post.id)""#)
            _ = try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite", token: ben.token)
            _ = try await app.postStatus("Hallo @anna", by: ben)

            let all = try await app.api(.GET, "/api/v1/notifications", token: anna.token)
            #expect(all.status == .ok)
            let items = try all.array
            #expect(items.map { $0["type"] as? String } == ["mention", "favourite", "mention", "follow_request"])
            #expect(items.allSatisfy { ($0["account"] as? [String: Any])?["id"] as? String == ben.id })
            let commentNotification = items[2]
            // A comment arrives as a mention, with the comment as its status.
            #expect((commentNotification["status"] as? [String: Any])?["id"] as? String == comment.id)
            #expect(items[3].keys.contains("status") && items[3]["status"] is NSNull)
            let id = try #require(items[0]["id"] as? String)
            #expect(items[0]["group_key"] as? String == "ungrouped-\(id)")

            let mentions = try await app.api(.GET, "/api/v1/notifications?types[]=mention", token: anna.token)
            #expect(try mentions.array.count == 2)
            let noMentions = try await app.api(.GET, "/api/v1/notifications?exclude_types[]=mention&exclude_types[]=follow_request",
                                               token: anna.token)
            #expect(try noMentions.array.map { $0["type"] as? String } == ["favourite"])
            #expect(try await app.api(.GET, "/api/v1/notifications?types[]=poll", token: anna.token).array.isEmpty)

            let paged = try await app.api(.GET, "/api/v1/notifications?limit=2&types[]=mention&types[]=favourite", token: anna.token)
            #expect(try paged.array.count == 2)
            let next = try #require(paged.links.first)
            #expect(next.rel == "next")
            #expect(next.url.removingPercentEncoding?.contains("types[]=mention&types[]=favourite") == true, "the filter stays: \(next.url)")
            let rest = try await app.api(.GET, String(next.url.dropFirst("http://localhost:8080".count)), token: anna.token)
            #expect(try rest.array.map { $0["type"] as? String } == ["mention"])

            let one = try await app.api(.GET, "/api/v1/notifications/\(id)", token: anna.token)
            #expect(try one.object["id"] as? String == id)
            #expect(try await app.api(.GET, "/api/v1/notifications/\(id)", token: ben.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/notifications").status == .unauthorized)
        }
    }

    @Test("dismiss removes one notification, clear removes all; both answer {} and unknown ids are 404")
    func dismissAndClear() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.postStatus("Hallo", by: anna)
            _ = try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite", token: ben.token)
            _ = try await app.postStatus("@anna schau mal", by: ben)
            let ids = try await app.api(.GET, "/api/v1/notifications", token: anna.token).ids
            #expect(ids.count == 2)

            #expect(try await app.api(.POST, "/api/v1/notifications/\(ids[0])/dismiss", token: ben.token).status == .notFound)
            let dismissed = try await app.api(.POST, "/api/v1/notifications/\(ids[0])/dismiss", token: anna.token)
            #expect(dismissed.status == .ok && dismissed.text == "{}")
            #expect(try await app.api(.GET, "/api/v1/notifications", token: anna.token).ids == [ids[1]])
            #expect(try await app.api(.POST, "/api/v1/notifications/\(ids[0])/dismiss", token: anna.token).status == .notFound)

            let cleared = try await app.api(.POST, "/api/v1/notifications/clear", token: anna.token)
            #expect(cleared.status == .ok && cleared.text == "{}")
            #expect(try await app.api(.GET, "/api/v1/notifications", token: anna.token).ids.isEmpty)
        }
    }

    @Test("a notification about a post the reader may no longer see is not delivered, nor one from someone who blocked them")
    func hiddenNotifications() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            try await app.befriend(carla, anna)
            // Ben comments on anna's friends-only post; carla answers ben's comment, so ben is told.
            let post = try await app.postStatus("Nur für Freunde", visibility: "private", by: anna)
            let comment = try await app.postStatus("Bin dabei", by: ben, extra: #", "in_reply_to_id": "\#(post.id)""#)
            _ = try await app.postStatus("Ich auch", by: carla, extra: #", "in_reply_to_id": "\#(comment.id)""#)
            let before = try await app.api(.GET, "/api/v1/notifications?types[]=mention", token: ben.token).array
            #expect(before.count == 1)
            let hiddenID = try #require(before.first?["id"] as? String)

            // Anna ends the friendship: ben may no longer see the post, so neither the answer under it.
            let unfriended = try await app.api(.POST, "/api/v1/accounts/\(ben.id)/unfollow", token: anna.token)
            #expect(try !unfriended.decoded(MastodonRelationship.self).following)
            let after = try await app.api(.GET, "/api/v1/notifications?types[]=mention", token: ben.token)
            #expect(try after.array.isEmpty, "\(after.text)")
            #expect(try await app.api(.GET, "/api/v1/notifications/\(hiddenID)", token: ben.token).status == .notFound)

            // Carla blocks ben: her earlier notifications to him disappear too.
            let carlasPost = try await app.postStatus("Öffentlich", by: ben)
            _ = try await app.api(.POST, "/api/v1/statuses/\(carlasPost.id)/favourite", token: carla.token)
            #expect(try await app.api(.GET, "/api/v1/notifications?types[]=favourite", token: ben.token).array.count == 1)
            _ = try await app.api(.POST, "/api/v1/accounts/\(ben.id)/block", token: carla.token)
            #expect(try await app.api(.GET, "/api/v1/notifications?types[]=favourite", token: ben.token).array.isEmpty)
        }
    }

    @Test("the notifications read marker is set and read back, form-encoded as Mastodon.py sends it")
    func markers() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let post = try await app.postStatus("Hallo", by: anna)
            _ = try await app.api(.POST, "/api/v1/statuses/\(post.id)/favourite", token: ben.token)
            _ = try await app.postStatus("@anna Hallo", by: ben)
            let ids = try await app.api(.GET, "/api/v1/notifications", token: anna.token).ids
            #expect(try await app.api(.GET, "/api/v1/markers?timeline[]=notifications", token: anna.token).text == "{}")

            let set = try await app.apiForm(.POST, "/api/v1/markers", token: anna.token, [("notifications[last_read_id]", ids[1])])
            #expect(set.status == .ok)
            let marker = try #require(try set.object["notifications"] as? [String: Any])
            #expect(marker["last_read_id"] as? String == ids[1])
            #expect(marker["updated_at"] is String && marker["version"] is Int)
            // Only the older one is read now.
            #expect(try await SocialNotification.query(on: app.db).filter(\.$readAt == nil).all().compactMap(\.id).map(String.init) == [ids[0]])

            let json = try await app.api(.POST, "/api/v1/markers", token: anna.token, json: #"{"notifications": {"last_read_id": "\#(ids[0])"}}"#)
            #expect(try (json.object["notifications"] as? [String: Any])?["last_read_id"] as? String == ids[0])
            let read = try await app.api(.GET, "/api/v1/markers?timeline[]=notifications&timeline[]=home", token: anna.token)
            #expect(try (read.object["notifications"] as? [String: Any])?["last_read_id"] as? String == ids[0])
            let count = try await SocialNotification.query(on: app.db).filter(\.$readAt == nil).count()
            #expect(count == 0)
            #expect(try await app.api(.POST, "/api/v1/markers", token: anna.token, json: #"{"notifications": {"last_read_id": "x"}}"#).status == .badRequest)
        }
    }
}
