@testable import Accounts
import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Social API: relationships")
struct APIRelationshipsTests {
    private func relationship(_ app: Application, of reader: APIMember, to other: APIMember) async throws -> MastodonRelationship {
        let response = try await app.api(.GET, "/api/v1/accounts/relationships?id[]=\(other.id)", token: reader.token)
        #expect(response.status == .ok)
        return try #require(try response.decoded([MastodonRelationship].self).first)
    }

    @Test("follow asks a locked account first; authorize makes a mutual follow and empties the request list")
    func followRequestAuthorized() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let account = try await app.api(.GET, "/api/v1/accounts/\(anna.id)", token: ben.token)
            #expect(try account.object["locked"] as? Bool == true)

            let followed = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token)
            #expect(followed.status == .ok)
            let pending = try followed.decoded(MastodonRelationship.self)
            #expect(pending.id == anna.id)
            #expect(pending.requested && !pending.following && !pending.followed_by)
            let shape = try followed.object
            #expect(shape.keys.contains("languages") && shape["languages"] is NSNull)
            #expect(shape["note"] as? String == "")
            #expect(shape["showing_reblogs"] as? Bool == true)
            // Asking twice keeps one request.
            #expect(try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token).status == .ok)

            let seenByAnna = try await relationship(app, of: anna, to: ben)
            #expect(seenByAnna.requested_by && !seenByAnna.requested && !seenByAnna.following)

            let requests = try await app.api(.GET, "/api/v1/follow_requests", token: anna.token)
            #expect(try requests.ids == [ben.id])
            #expect(try requests.array.first?["username"] as? String == "ben")

            let authorized = try await app.api(.POST, "/api/v1/follow_requests/\(ben.id)/authorize", token: anna.token)
            #expect(authorized.status == .ok)
            let mutual = try authorized.decoded(MastodonRelationship.self)
            #expect(mutual.id == ben.id)
            #expect(mutual.following && mutual.followed_by && !mutual.requested_by)
            let fromBen = try await relationship(app, of: ben, to: anna)
            #expect(fromBen.following && fromBen.followed_by && !fromBen.requested)
            #expect(try await app.api(.GET, "/api/v1/follow_requests", token: anna.token).ids.isEmpty)

            // Each appears in the other's followers and following.
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/followers", token: ben.token).ids == [ben.id])
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/following", token: ben.token).ids == [ben.id])
            let counted = try await app.api(.GET, "/api/v1/accounts/\(anna.id)", token: ben.token).object
            #expect(counted["followers_count"] as? Int == 1)
            // Who knows whom stays inside: visitors do not get the lists.
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/followers").status == .unauthorized)

            // Answering a request that no longer exists is not found.
            #expect(try await app.api(.POST, "/api/v1/follow_requests/\(ben.id)/authorize", token: anna.token).status == .notFound)

            // Unfollow ends the friendship, a mutual follow, on both sides.
            let unfollowed = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/unfollow", token: ben.token)
            let ended = try unfollowed.decoded(MastodonRelationship.self)
            #expect(!ended.following && !ended.followed_by)
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/followers", token: ben.token).ids.isEmpty)
        }
    }

    @Test("reject declines the request; nothing changes but the request is gone")
    func followRequestRejected() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            _ = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token)
            _ = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: carla.token)
            #expect(try await app.api(.GET, "/api/v1/follow_requests", token: anna.token).ids == [carla.id, ben.id])

            let rejected = try await app.apiForm(.POST, "/api/v1/follow_requests/\(ben.id)/reject", token: anna.token, [])
            #expect(rejected.status == .ok)
            let answer = try rejected.decoded(MastodonRelationship.self)
            #expect(!answer.following && !answer.followed_by && !answer.requested_by)
            #expect(try await app.api(.GET, "/api/v1/follow_requests", token: anna.token).ids == [carla.id])
            let fromBen = try await relationship(app, of: ben, to: anna)
            #expect(!fromBen.requested && !fromBen.following)
            #expect(try await app.api(.POST, "/api/v1/follow_requests/\(ben.id)/reject", token: anna.token).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/follow_requests/abc/reject", token: anna.token).status == .notFound)
        }
    }

    @Test("an account that accepts followers is followed at once and is not locked; following oneself is refused")
    func plainFollow() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            try await anna.browser.post("/settings/posting", form: ["default_visibility": "members", "accepts_followers": "1"])
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)").object["locked"] as? Bool == false)
            let followed = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token)
            let relation = try followed.decoded(MastodonRelationship.self)
            #expect(relation.following && !relation.requested && !relation.followed_by)
            #expect(try await relationship(app, of: anna, to: ben).followed_by)
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/followers", token: anna.token).ids == [ben.id])
            #expect(try await app.api(.GET, "/api/v1/accounts/\(ben.id)/following", token: anna.token).ids == [anna.id])

            let own = try await app.api(.POST, "/api/v1/accounts/\(ben.id)/follow", token: ben.token)
            #expect(own.status == .unprocessableEntity)
            #expect(try await app.api(.POST, "/api/v1/accounts/424242/follow", token: ben.token).status == .notFound)
        }
    }

    @Test("relationships answer for several ids in order, leave unknown ones out, and need a member")
    func relationshipsOfMany() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            let carla = try await app.apiMember("carla")
            try await app.befriend(ben, anna)
            let both = try await app.api(.GET, "/api/v1/accounts/relationships?id[]=\(carla.id)&id[]=999&id[]=\(ben.id)&id[]=\(ben.id)",
                                         token: anna.token)
            let answer = try both.decoded([MastodonRelationship].self)
            #expect(answer.map(\.id) == [carla.id, ben.id])
            #expect(answer.map(\.following) == [false, true])
            let single = try await app.api(.GET, "/api/v1/accounts/relationships?id=\(ben.id)", token: anna.token)
            #expect(try single.ids == [ben.id])
            #expect(try await app.api(.GET, "/api/v1/accounts/relationships?id[]=\(ben.id)").status == .unauthorized)
        }
    }

    @Test("block ends the friendship, hides the posts both ways, lists the account under blocks; unblock lifts it")
    func block() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            try await app.befriend(ben, anna)
            let annas = try await app.postStatus("Annas Beitrag", visibility: "public", by: anna)
            let bens = try await app.postStatus("Bens Beitrag", visibility: "unlisted", by: ben)
            #expect(try await app.api(.GET, "/api/v1/timelines/home", token: ben.token).ids.contains(annas.id))

            let blocked = try await app.api(.POST, "/api/v1/accounts/\(ben.id)/block", token: anna.token)
            let relation = try blocked.decoded(MastodonRelationship.self)
            #expect(relation.blocking && !relation.following && !relation.followed_by)
            let fromBen = try await relationship(app, of: ben, to: anna)
            #expect(fromBen.blocked_by && !fromBen.following)

            #expect(try await app.api(.GET, "/api/v1/statuses/\(annas.id)", token: ben.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(bens.id)", token: anna.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/timelines/home", token: ben.token).ids == [bens.id])
            #expect(try await app.api(.GET, "/api/v1/accounts/\(anna.id)/statuses", token: ben.token).ids.isEmpty)
            #expect(try await app.api(.GET, "/api/v1/timelines/public", token: ben.token).ids == [])
            #expect(try await app.api(.GET, "/api/v1/blocks", token: anna.token).ids == [ben.id])
            // Following across a block is refused.
            #expect(try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token).status == .forbidden)

            let unblocked = try await app.api(.POST, "/api/v1/accounts/\(ben.id)/unblock", token: anna.token)
            #expect(try !unblocked.decoded(MastodonRelationship.self).blocking)
            #expect(try await app.api(.GET, "/api/v1/blocks", token: anna.token).ids.isEmpty)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(annas.id)", token: ben.token).status == .ok)
            // The friendship does not come back by itself.
            #expect(try await !relationship(app, of: ben, to: anna).following)
        }
    }

    @Test("mute keeps the posts out of the home timeline only, is listed under mutes, and unmute brings them back")
    func mute() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            try await app.befriend(ben, anna)
            let post = try await app.postStatus("Laut", visibility: "private", by: anna)
            let muted = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/mute", token: ben.token)
            let relation = try muted.decoded(MastodonRelationship.self)
            #expect(relation.muting && relation.muting_notifications && relation.following)
            #expect(try await app.api(.GET, "/api/v1/timelines/home", token: ben.token).ids.isEmpty)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(post.id)", token: ben.token).status == .ok)
            #expect(try await app.api(.GET, "/api/v1/mutes", token: ben.token).ids == [anna.id])
            _ = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/unmute", token: ben.token)
            #expect(try await app.api(.GET, "/api/v1/timelines/home", token: ben.token).ids == [post.id])
            #expect(try await app.api(.GET, "/api/v1/mutes", token: ben.token).ids.isEmpty)
        }
    }

    @Test("followers are paged by the friendship, with links")
    func followersPaging() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            var friends: [APIMember] = []
            for name in ["ben", "carla", "dora", "emil", "fritz"] {
                let friend = try await app.apiMember(name)
                try await app.befriend(friend, anna)
                friends.append(friend)
            }
            let first = try await app.api(.GET, "/api/v1/accounts/\(anna.id)/followers?limit=2", token: anna.token)
            #expect(try first.ids == [friends[4].id, friends[3].id])
            let next = try #require(first.links.first)
            #expect(next.rel == "next")
            let second = try await app.api(.GET, String(next.url.dropFirst("http://localhost:8080".count)), token: anna.token)
            #expect(try second.ids == [friends[2].id, friends[1].id])
        }
    }
}
