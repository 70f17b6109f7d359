@testable import Social
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Mastodon's conversations over direct posts: the participants' list, read marks, hiding, and
/// nothing at all for anybody else.
@Suite("Social API: conversations")
struct APIConversationsTests {
    @Test("participants list their direct threads newest activity first, mark them read and hide them")
    func listReadDelete() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben"), carl = try await app.apiMember("carl")
            let first = try await app.postStatus("@ben erste Unterhaltung", visibility: "direct", by: anna)
            let second = try await app.postStatus("@ben zweite Unterhaltung", visibility: "direct", by: anna)
            _ = try await app.postStatus("Öffentlich, keine Unterhaltung", visibility: "public", by: anna)

            var list = try await app.api(.GET, "/api/v1/conversations", token: ben.token)
            #expect(list.status == .ok)
            #expect(try list.ids == [second.id, first.id])
            let newest = try #require(try list.array.first)
            #expect(newest["unread"] as? Bool == true)
            #expect((newest["accounts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [anna.id])
            #expect((newest["last_status"] as? [String: Any])?["id"] as? String == second.id)
            // The writer has read their own message.
            #expect(try await app.api(.GET, "/api/v1/conversations", token: anna.token).array.first?["unread"] as? Bool == false)

            // A reply to the first thread moves it to the top, unread for the other side.
            let reply = try await app.api(.POST, "/api/v1/statuses", token: ben.token,
                                          json: #"{"status": "@anna Antwort", "in_reply_to_id": "\#(first.id)"}"#)
            #expect(reply.status == .ok)
            let replyID = try reply.content.get(String.self, at: "id")
            list = try await app.api(.GET, "/api/v1/conversations", token: anna.token)
            #expect(try list.ids == [first.id, second.id])
            #expect(try list.array.first?["unread"] as? Bool == true)
            #expect((try list.array.first?["last_status"] as? [String: Any])?["id"] as? String == replyID)

            // Keyset pages on the newest post, with Mastodon's Link header.
            let page = try await app.api(.GET, "/api/v1/conversations?limit=1", token: anna.token)
            #expect(try page.ids == [first.id])
            let next = try #require(page.links.first { $0.rel == "next" })
            #expect(next.url.contains("max_id=\(replyID)"))
            let older = try await app.api(.GET, "/api/v1/conversations?limit=1&max_id=\(replyID)", token: anna.token)
            #expect(try older.ids == [second.id])

            let read = try await app.api(.POST, "/api/v1/conversations/\(first.id)/read", token: anna.token)
            #expect(read.status == .ok)
            #expect(try read.object["unread"] as? Bool == false)

            // Someone outside the thread finds nothing.
            #expect(try await app.api(.GET, "/api/v1/conversations", token: carl.token).ids == [])
            #expect(try await app.api(.POST, "/api/v1/conversations/\(first.id)/read", token: carl.token).status == .notFound)
            #expect(try await app.api(.DELETE, "/api/v1/conversations/\(first.id)", token: carl.token).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/conversations/12345/read", token: anna.token).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/conversations", token: nil).status == .unauthorized)

            // Hidden until the next message.
            #expect(try await app.api(.DELETE, "/api/v1/conversations/\(second.id)", token: ben.token).status == .ok)
            #expect(try await app.api(.GET, "/api/v1/conversations", token: ben.token).ids == [first.id])
            _ = try await app.api(.POST, "/api/v1/statuses", token: anna.token,
                                  json: #"{"status": "@ben noch da?", "in_reply_to_id": "\#(second.id)"}"#)
            #expect(try await app.api(.GET, "/api/v1/conversations", token: ben.token).ids == [second.id, first.id])
        }
    }
}
