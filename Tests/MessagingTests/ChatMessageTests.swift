import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Messaging: messages")
struct ChatMessageTests {
    @Test("an over-long or empty message is refused with 422, the page keeps the text, nothing is stored")
    func overLongMessages() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let chat = try await chats.chat(anna, with: [ben])
            let long = String(repeating: "Langer Text ", count: 417) + "Ende" // 5,008 characters
            let refused = try await app.api(.POST, "/api/v1/chats/\(chat)/messages", token: anna.token,
                                            json: #"{"content": \#(Application.jsonString(long))}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorMessage?.contains("5.000") == true || refused.errorMessage?.contains("5,000") == true)
            let page = try await anna.browser.post("/messages/\(chat)/messages", form: ["text": long])
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("Langer Text Langer Text"))
            #expect(page.text.contains("Ende</textarea>"))
            #expect(try await anna.browser.post("/messages/\(chat)/messages", form: ["text": "   "]).status == .unprocessableEntity)
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/messages", token: anna.token, json: #"{"content": ""}"#).status == .unprocessableEntity)
            #expect(try await chats.count("chat_messages") == 0)
            // Exactly 5,000 is fine.
            try await chats.send(String(repeating: "x", count: 5_000), in: chat, by: anna)
            #expect(try await chats.count("chat_messages") == 1)
        }
    }

    @Test("own messages are edited (shown as bearbeitet) and deleted (a tombstone); others' are not")
    func editAndDelete() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let chat = try await chats.chat(anna, with: [ben])
            let id = try #require(try await chats.send("Treffen um 10", in: chat, by: anna)["id"] as? String)
            #expect(try await app.api(.PUT, "/api/v1/chats/\(chat)/messages/\(id)", token: ben.token, json: #"{"content": "Hack"}"#).status == .forbidden)
            let edited = try await app.api(.PUT, "/api/v1/chats/\(chat)/messages/\(id)", token: anna.token, json: #"{"content": "Treffen um 11"}"#)
            #expect(try edited.object["text"] as? String == "Treffen um 11")
            #expect(try edited.object["edited_at"] as? String != nil)
            // Through the page's form too.
            #expect(try await anna.browser.post("/messages/\(chat)/messages/\(id)/edit", form: ["text": "Treffen um 11:30"]).status == .seeOther)
            let page = try await ben.browser.get("/messages/\(chat)").text
            #expect(page.contains("Treffen um 11:30"))
            #expect(page.contains("bearbeitet"))
            #expect(!page.contains("/messages/\(chat)/messages/\(id)/edit")) // Ben may not edit it

            #expect(try await ben.browser.post("/messages/\(chat)/messages/\(id)/delete").status == .forbidden)
            #expect(try await anna.browser.post("/messages/\(chat)/messages/\(id)/delete").status == .seeOther)
            let after = try await ben.browser.get("/messages/\(chat)").text
            #expect(after.contains("Nachricht gelöscht"))
            #expect(!after.contains("Treffen um 11"))
            let listed = try await app.api(.GET, "/api/v1/chats/\(chat)/messages", token: ben.token).array
            #expect(listed.first?["deleted"] as? Bool == true)
            #expect(listed.first?["text"] as? String == "")
            #expect(try await app.api(.GET, "/api/v1/chats/search?q=Treffen", token: anna.token).array.isEmpty)
        }
    }

    @Test("messages page newest first with Link headers; the page shows them oldest first and loads older ones")
    func paging() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let chat = try await chats.chat(anna, with: [ben])
            var ids: [String] = []
            for index in 1...35 { ids.append(try #require(try await chats.send("Nummer \(index).", in: chat, by: index % 2 == 0 ? ben : anna)["id"] as? String)) }
            let first = try await app.api(.GET, "/api/v1/chats/\(chat)/messages?limit=10", token: anna.token)
            #expect(try first.ids == Array(ids.suffix(10).reversed()))
            let next = try #require(first.links.first { $0.rel == "next" }?.url)
            let path = try #require(URL(string: next)).path + "?" + (URL(string: next)?.query ?? "")
            #expect(try await app.api(.GET, path, token: anna.token).ids == Array(ids.dropLast(10).suffix(10).reversed()))
            #expect(try await app.api(.GET, "/api/v1/chats/\(chat)/messages?min_id=\(ids[1])&limit=2", token: anna.token).ids == [ids[3], ids[2]])

            let page = try await ben.browser.get("/messages/\(chat)").text
            #expect(page.contains("Nummer 35."))
            #expect(!page.contains("Nummer 5."))
            #expect(page.range(of: "Nummer 34.")!.lowerBound < page.range(of: "Nummer 35.")!.lowerBound)
            let older = try #require(page.firstMatch(of: /href="(\/messages\/\d+\?before=\d+)"/)).1
            #expect(try await ben.browser.get(String(older)).text.contains("Nummer 5."))
            // chat.js's fragment: what came after a message.
            let fragment = try await ben.browser.get("/messages/\(chat)/items?after=\(ids[33])").text
            #expect(fragment.contains("Nummer 35.") && !fragment.contains("Nummer 34."))
        }
    }
}
