import Foundation
import Testing
import TestSupport
import TreffpunktApp
import Vapor
import VaporTesting

@Suite("Messaging: read receipts, unread counts, search")
struct ChatReadingTests {
    @Test("unread counts per chat and in the navigation badge; reading moves them to zero and shows who read")
    func readReceipts() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben"), carl = try await chats.member("carl")
            let direct = try await chats.chat(anna, with: [ben])
            let group = try await chats.chat(carl, with: [anna, ben], name: "Team")
            try await chats.send("Eins", in: direct, by: anna)
            let second = try #require(try await chats.send("Zwei", in: direct, by: anna)["id"] as? String)
            try await chats.send("Drei", in: group, by: carl)

            let list = try await app.api(.GET, "/api/v1/chats", token: ben.token).array
            #expect(list.map { $0["id"] as? String } == [group, direct]) // newest activity first
            #expect(list.map { $0["unread"] as? Int } == [1, 2])
            #expect(try await anna.browser.get("/messages").status == .ok)
            let home = try await ben.browser.get("/messages").text
            #expect(home.contains(#"id="unread-chats""#))
            #expect(home.firstMatch(of: /id="unread-chats"[^>]*>3</) != nil)
            #expect(home.contains("2 ungelesen"))

            let read = try await app.api(.POST, "/api/v1/chats/\(direct)/read", token: ben.token, json: #"{"last_read_id": "\#(second)"}"#)
            #expect(try read.object["unread"] as? Int == 0)
            #expect(try read.object["last_read_id"] as? String == second)
            let messages = try await app.api(.GET, "/api/v1/chats/\(direct)/messages", token: anna.token).array
            #expect(messages.map { $0["read_by"] as? [String] } == [[ben.id], [ben.id]])
            #expect(try await anna.browser.get("/messages/\(direct)").text.contains("Gelesen von Ben"))

            // Opening the group's page reads it.
            #expect(try await ben.browser.get("/messages/\(group)").status == .ok)
            #expect(try await app.api(.GET, "/api/v1/chats", token: ben.token).array.map { $0["unread"] as? Int } == [0, 0])
            #expect(try await ben.browser.get("/messages").text.firstMatch(of: /id="unread-chats"[^>]*hidden/) != nil)
            // One's own messages never count as unread.
            #expect(try await app.api(.GET, "/api/v1/chats", token: anna.token).array.map { $0["unread"] as? Int } == [1, 0])
        }
    }

    @Test("search finds messages of one's own chats only, on the page and in the API")
    func searchOwnChats() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let carl = try await chats.member("carl"), dora = try await chats.member("dora")
            let ours = try await chats.chat(anna, with: [ben])
            let theirs = try await chats.chat(carl, with: [dora])
            try await chats.send("Der Projektplan Alpha steht", in: ours, by: ben)
            try await chats.send("Der Projektplan Beta ist geheim", in: theirs, by: dora)
            try await chats.send("Ärztekammer angefragt", in: ours, by: anna)

            let found = try await app.api(.GET, "/api/v1/chats/search?q=projekt", token: anna.token).array
            #expect(found.compactMap { $0["text"] as? String } == ["Der Projektplan Alpha steht"])
            #expect(try await app.api(.GET, "/api/v1/chats/search?q=arztekammer", token: anna.token).array.count == 1)
            let page = try await anna.browser.get("/messages/search?q=Projektplan").text
            #expect(page.contains("Projektplan Alpha"))
            #expect(!page.contains("Beta"))
            #expect(try await carl.browser.get("/messages/search?q=Alpha").text.contains("Keine Nachrichten gefunden"))
            #expect(try await app.api(.GET, "/api/v1/chats/search?q=", token: anna.token).status == .badRequest)
        }
    }

    @Test("the demo company has a one-to-one chat and a group; seeding again adds nothing")
    func demo() async throws {
        try await withTestApp { app in
            _ = try await DemoData.load(into: app)
            let chats = MessagingFixtures(app: app)
            #expect(try await chats.count("chats") == 2)
            let messages = try await chats.count("chat_messages")
            #expect(messages == 7)
            let julia = TestBrowser(app)
            #expect(try await julia.logIn("julia.weber", password: "treffpunkt-demo").status == .seeOther)
            let list = try await julia.get("/messages").text
            #expect(list.contains("Messe Stuttgart"))
            #expect(list.contains("Anna Schmidt"))
            _ = try await DemoData.load(into: app)
            #expect(try await chats.count("chats") == 2)
            #expect(try await chats.count("chat_messages") == messages)
        }
    }
}
