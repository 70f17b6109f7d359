@testable import Social
import Foundation
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// Live events of posts and notifications, recorded at the hub: who gets what, and who never does.
@Suite("Social live events")
struct LiveEventsTests {
    private func user(_ member: APIMember) -> RealtimeTopic { .user(Int64(member.id)!) }

    private func payload(_ event: RealtimeEvent) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any])
    }

    @Test("a friends-only post reaches the author and friends, never a stranger, a muting friend or the public timeline")
    func friendsOnlyPost() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben")
            let carl = try await app.apiMember("carl"), dora = try await app.apiMember("dora")
            try await app.befriend(ben, anna)
            try await app.befriend(dora, anna)
            let muted = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/mute", token: dora.token)
            #expect(muted.status == .ok)
            var id = ""
            let events = try await app.realtime.recording([user(anna), user(ben), user(carl), user(dora), .publicTimeline, .hashtag("intern")]) {
                id = try await app.postStatus("Nur für Freunde #intern", visibility: "private", by: anna).id
            }
            #expect(Set(events.map(\.topic)) == [user(anna), user(ben)])
            for event in events {
                #expect(event.event == "update")
                #expect(event.actorID == Int64(anna.id))
                let json = try payload(event)
                #expect(json["id"] as? String == id)
                #expect(json["visibility"] as? String == "private")
                #expect(json["favourited"] as? Bool == false)
            }
        }
    }

    @Test("a public post reaches the public timeline and its hashtags; a share reaches the sharer's friends")
    func publicPostAndShare() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(ben, carl)
            var postID = ""
            let posted = try await app.realtime.recording([user(anna), user(carl), .publicTimeline, .hashtag("mittelstand")]) {
                postID = try await app.postStatus("Hallo #Mittelstand", visibility: "public", by: anna).id
            }
            #expect(posted.filter { $0.topic == .publicTimeline }.count == 1)
            #expect(posted.filter { $0.topic == .hashtag("mittelstand") }.count == 1)
            #expect(posted.filter { $0.topic == user(anna) }.count == 1)
            #expect(!posted.contains { $0.topic == user(carl) }, "carl is no friend of anna's")
            #expect(posted.allSatisfy { $0.actorID == Int64(anna.id) })

            let shared = try await app.realtime.recording([user(carl), .publicTimeline]) {
                let reblog = try await app.api(.POST, "/api/v1/statuses/\(postID)/reblog", token: ben.token)
                #expect(reblog.status == .ok)
            }
            let update = try #require(shared.first { $0.topic == user(carl) })
            #expect(update.event == "update")
            let reblogged = try #require(try payload(update)["reblog"] as? [String: Any])
            #expect(reblogged["id"] as? String == postID)
            #expect(!shared.contains { $0.topic == .publicTimeline }, "shares stay off the public timeline")
        }
    }

    @Test("a space post reaches only the space's members")
    func spacePost() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(carl, anna)
            let created = try await anna.browser.post("/spaces", form: ["name": "Liveraum", "access": "closed"])
            #expect(created.location == "/s/liveraum")
            try await ben.browser.post("/s/liveraum/request")
            try await anna.browser.post("/s/liveraum/requests/ben/approve")
            let spaceID = try #require(try await anna.browser.get("/s/liveraum").text.firstMatch(of: /name="space_id" value="(\d+)"/)?.1)
            let events = try await app.realtime.recording([user(anna), user(ben), user(carl), .publicTimeline]) {
                try await anna.browser.post("/posts", form: ["text": "Nur im Raum @carl", "space_id": String(spaceID)])
            }
            #expect(Set(events.filter { $0.event == "update" }.map(\.topic)) == [user(anna), user(ben)])
            #expect(!events.contains { $0.topic == user(carl) || $0.topic == .publicTimeline }, "a friend outside the space hears nothing")

            // The space's page takes the post's card live; the card of a post from elsewhere is not found there.
            let postID = try payload(try #require(events.first { $0.event == "update" }))["id"] as? String
            let outside = try await app.postStatus("Nicht im Raum", visibility: "public", by: anna)
            #expect(try await ben.browser.get("/s/liveraum").text.contains(#"data-card-url="/posts/{id}/card?space=\#(spaceID)""#))
            #expect(try await ben.browser.get("/posts/\(try #require(postID))/card?space=\(spaceID)").status == .ok)
            #expect(try await ben.browser.get("/posts/\(outside.id)/card?space=\(spaceID)").status == .notFound)
            #expect(try await ben.browser.get("/posts/\(outside.id)/card").status == .ok)
        }
    }

    @Test("notifications reach their recipient, not from someone blocked, and only kinds clients know")
    func notifications() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            let requested = try await app.realtime.recording([user(anna), user(ben)]) {
                _ = try await app.api(.POST, "/api/v1/accounts/\(anna.id)/follow", token: ben.token)
            }
            let request = try #require(requested.first)
            #expect(requested.count == 1 && request.topic == user(anna) && request.event == "notification")
            #expect(try payload(request)["type"] as? String == "follow_request")
            #expect((try payload(request)["account"] as? [String: Any])?["id"] as? String == ben.id)

            let status = try await app.postStatus("Öffentlich", visibility: "public", by: anna)
            let blocked = try await app.api(.POST, "/api/v1/accounts/\(carl.id)/block", token: anna.token)
            #expect(blocked.status == .ok)
            let favourited = try await app.realtime.recording([user(anna)]) {
                _ = try await app.api(.POST, "/api/v1/statuses/\(status.id)/favourite", token: ben.token)
                _ = try await app.api(.POST, "/api/v1/statuses/\(status.id)/favourite", token: carl.token)
            }
            #expect(favourited.count == 1)
            let favourite = try #require(favourited.first)
            #expect(try payload(favourite)["type"] as? String == "favourite")
            #expect((try payload(favourite)["status"] as? [String: Any])?["id"] as? String == status.id)
            #expect(favourite.actorID == Int64(ben.id))
        }
    }

    @Test("an edit sends status.update and a deletion delete, to the same readers")
    func editAndDelete() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(ben, anna)
            let status = try await app.postStatus("Erste Fassung", visibility: "private", by: anna)
            let topics: Set<RealtimeTopic> = [user(anna), user(ben), user(carl), .publicTimeline]
            let edited = try await app.realtime.recording(topics) {
                let put = try await app.api(.PUT, "/api/v1/statuses/\(status.id)", token: anna.token, json: #"{"status": "Zweite Fassung"}"#)
                #expect(put.status == .ok)
            }
            #expect(Set(edited.map(\.topic)) == [user(anna), user(ben)])
            #expect(edited.allSatisfy { $0.event == "status.update" })
            #expect(try edited.allSatisfy { (try payload($0)["content"] as? String)?.contains("Zweite Fassung") == true })

            let deleted = try await app.realtime.recording(topics) {
                let delete = try await app.api(.DELETE, "/api/v1/statuses/\(status.id)", token: anna.token)
                #expect(delete.status == .ok)
            }
            #expect(Set(deleted.map(\.topic)) == [user(anna), user(ben)])
            #expect(deleted.allSatisfy { $0.event == "delete" && $0.payload == status.id })
        }
    }

    @Test("a direct post reaches its participants' direct streams as a conversation, nobody else")
    func directPost() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(carl, anna)
            let events = try await app.realtime.recording([user(anna), user(ben), user(carl), .direct(Int64(anna.id)!),
                                                           .direct(Int64(ben.id)!), .direct(Int64(carl.id)!), .publicTimeline]) {
                _ = try await app.postStatus("@ben unter uns", visibility: "direct", by: anna)
            }
            let conversations = events.filter { $0.event == "conversation" }
            #expect(Set(conversations.map(\.topic)) == [.direct(Int64(anna.id)!), .direct(Int64(ben.id)!)])
            let toBen = try #require(conversations.first { $0.topic == .direct(Int64(ben.id)!) })
            #expect(try payload(toBen)["unread"] as? Bool == true)
            #expect((try payload(toBen)["accounts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [anna.id])
            #expect(!events.contains { $0.topic == user(carl) || $0.topic == .direct(Int64(carl.id)!) || $0.topic == .publicTimeline })
            #expect(events.contains { $0.topic == user(ben) && $0.event == "update" })
            #expect(events.contains { $0.topic == user(ben) && $0.event == "notification" })

            // A deleted answer leaves the participants' direct streams.
            let thread = try await app.postStatus("@ben noch eine Frage", visibility: "direct", by: anna)
            let answer = try await app.api(.POST, "/api/v1/statuses", token: ben.token,
                                           json: #"{"status": "@anna gern", "in_reply_to_id": "\#(thread.id)"}"#)
            let answerID = try answer.content.get(String.self, at: "id")
            let deleted = try await app.realtime.recording([.direct(Int64(anna.id)!), .direct(Int64(carl.id)!)]) {
                let removal = try await app.api(.DELETE, "/api/v1/statuses/\(answerID)", token: ben.token)
                #expect(removal.status == .ok)
            }
            #expect(deleted.map(\.topic) == [.direct(Int64(anna.id)!)])
            #expect(deleted.first?.event == "delete" && deleted.first?.payload == answerID)
        }
    }

    @Test("deleting a shared post also takes its shares out of the newsfeeds they reached")
    func deletingSharedPost() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            try await app.befriend(ben, carl)
            let status = try await app.postStatus("Zum Weitersagen", visibility: "public", by: anna)
            let reblog = try await app.api(.POST, "/api/v1/statuses/\(status.id)/reblog", token: ben.token)
            let shareID = try reblog.content.get(String.self, at: "id")
            let deleted = try await app.realtime.recording([user(carl)]) {
                let answer = try await app.api(.DELETE, "/api/v1/statuses/\(status.id)", token: anna.token)
                #expect(answer.status == .ok)
            }
            #expect(deleted.map(\.payload) == [shareID])
            #expect(deleted.allSatisfy { $0.event == "delete" })
        }
    }

    @Test("a post an account publishes for its team (a company page) reaches its followers")
    func accountPublishing() async throws {
        try await withTestApp { app in
            let page = try await app.apiMember("seite"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            let publishing = AccountPublishing(database: app.db, publicURL: app.config.publicURL)
            try await publishing.openToFollowers(Int64(page.id)!)
            try await publishing.follow(Int64(page.id)!, by: Int64(ben.id)!)
            var postID: Int64 = 0
            let events = try await app.realtime.recording([user(ben), user(carl), .publicTimeline]) {
                postID = try await publishing.publish(as: Int64(page.id)!, text: "Neues von der Firma", visibility: .members)
            }
            #expect(events.map(\.topic) == [user(ben)])
            let update = try #require(events.first)
            #expect(try payload(update)["id"] as? String == String(postID))
        }
    }
}
