import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite("Messaging: who takes part")
struct ChatParticipationTests {
    @Test("a one-to-one chat is started once: starting it again, from either side, returns the same chat")
    func oneToOneIsReused() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let first = try await chats.chat(anna, with: [ben])
            #expect(try await chats.chat(anna, with: [ben]) == first)
            #expect(try await chats.chat(ben, with: [anna]) == first)
            // The profile's "Nachricht senden" leads to the same chat.
            let fromProfile = try await anna.browser.post("/messages/with/ben")
            #expect(fromProfile.location == "/messages/\(first)")
            #expect(try await anna.browser.get("/@ben").text.contains("/messages/with/ben"))
            #expect(try await chats.count("chats") == 1)
            // Nobody chats with themselves alone.
            let alone = try await app.api(.POST, "/api/v1/chats", token: anna.token, json: #"{"account_ids": ["\#(anna.id)"]}"#)
            #expect(alone.status == .unprocessableEntity)
        }
    }

    @Test("a group is named and renamed, people are added and removed by participants, removing oneself is leaving")
    func groupMembership() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let carl = try await chats.member("carl"), dora = try await chats.member("dora")
            let group = try await chats.chat(anna, with: [ben, carl], name: "Messe")
            let shown = try await app.api(.GET, "/api/v1/chats/\(group)", token: ben.token)
            #expect(try shown.object["name"] as? String == "Messe")
            #expect(try (shown.object["accounts"] as? [[String: Any]])?.count == 2)

            let renamed = try await app.apiForm(.PATCH, "/api/v1/chats/\(group)", token: carl.token, [("name", "Messe 2027")])
            #expect(try renamed.object["name"] as? String == "Messe 2027")
            // An outsider can neither add themselves nor see the chat.
            let intruding = try await app.apiForm(.POST, "/api/v1/chats/\(group)/participants", token: dora.token, [("account_ids[]", dora.id)])
            #expect(intruding.status == .notFound)
            let added = try await app.apiForm(.POST, "/api/v1/chats/\(group)/participants", token: ben.token, [("account_ids[]", dora.id)])
            #expect(added.status == .ok)
            #expect(try await app.api(.GET, "/api/v1/chats/\(group)", token: dora.token).status == .ok)

            // Ben removes Carl: Carl no longer finds the chat, on the pages nor in the API.
            #expect(try await app.api(.DELETE, "/api/v1/chats/\(group)/participants/\(carl.id)", token: ben.token).status == .ok)
            #expect(try await app.api(.GET, "/api/v1/chats/\(group)", token: carl.token).status == .notFound)
            #expect(try await carl.browser.get("/messages/\(group)").status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/chats", token: carl.token).array.isEmpty)

            // Dora leaves through the page.
            let left = try await dora.browser.post("/messages/\(group)/leave")
            #expect(left.location == "/messages")
            #expect(try await dora.browser.get("/messages/\(group)").status == .notFound)
            let people = try await app.api(.GET, "/api/v1/chats/\(group)", token: anna.token)
            #expect(try (people.object["accounts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [ben.id])

            // A one-to-one chat takes nobody else in.
            let direct = try await chats.chat(anna, with: [ben])
            let widened = try await app.apiForm(.POST, "/api/v1/chats/\(direct)/participants", token: anna.token, [("account_ids[]", carl.id)])
            #expect(widened.status == .unprocessableEntity)
        }
    }

    @Test("the new-chat form refuses unknown names beside the field, keeping what was typed, in German and English")
    func newChatFormErrors() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            let refused = try await anna.browser.post("/messages", form: ["usernames": "ben, niemand", "name": "Planung"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Diese Personen gibt es nicht: niemand"))
            #expect(refused.text.contains(#"value="ben, niemand""#))
            #expect(refused.text.contains(#"value="Planung""#))
            #expect(try await chats.count("chats") == 0)
            #expect(try await anna.browser.post("/language", form: ["language": "en", "return_to": "/messages"]).status == .seeOther)
            let english = try await anna.browser.post("/messages", form: ["usernames": "", "name": ""])
            #expect(english.status == .unprocessableEntity)
            #expect(english.text.contains("Please choose at least one person."))
            #expect(english.text.contains("New conversation"))
            let group = try await anna.browser.post("/messages", form: ["usernames": "@ben", "name": "Planung"])
            #expect(group.status == .seeOther)
            let page = try await anna.browser.get(try #require(group.location)).text
            #expect(page.contains("Manage group"))
            #expect(page.contains(ben.username.capitalized))
        }
    }

    @Test("members who blocked each other cannot start a chat, and company pages are no chat partners")
    func blockedCannotChat() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben")
            #expect(try await app.api(.POST, "/api/v1/accounts/\(ben.id)/block", token: anna.token).status == .ok)
            for (from, to) in [(anna, ben), (ben, anna)] {
                let refused = try await app.api(.POST, "/api/v1/chats", token: from.token, json: #"{"account_ids": ["\#(to.id)"]}"#)
                #expect(refused.status == .unprocessableEntity)
            }
            #expect(try await ben.browser.post("/messages/with/anna").status == .unprocessableEntity)
            #expect(try await chats.count("chats") == 0)
            #expect(!(try await ben.browser.get("/@anna").text.contains("/messages/with/anna")))
        }
    }

    @Test("someone outside a chat gets 404 for it, its messages and its actions, on the pages and in the API")
    func outsidersGetNotFound() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben"), erik = try await chats.member("erik")
            let chat = try await chats.chat(anna, with: [ben])
            let message = try #require(try await chats.send("Geheim", in: chat, by: anna)["id"] as? String)
            for path in ["/api/v1/chats/\(chat)", "/api/v1/chats/\(chat)/messages"] {
                #expect(try await app.api(.GET, path, token: erik.token).status == .notFound, "\(path)")
            }
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/messages", token: erik.token, json: #"{"content": "Hallo"}"#).status == .notFound)
            #expect(try await app.api(.PUT, "/api/v1/chats/\(chat)/messages/\(message)", token: erik.token, json: #"{"content": "x"}"#).status == .notFound)
            #expect(try await app.api(.DELETE, "/api/v1/chats/\(chat)/messages/\(message)", token: erik.token).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/read", token: erik.token, json: #"{"last_read_id": "\#(message)"}"#).status == .notFound)
            for path in ["/messages/\(chat)", "/messages/\(chat)/items?after=0", "/messages/\(chat)/items/\(message)",
                         "/messages/\(chat)/messages/\(message)/edit", "/messages/99999"] {
                let page = try await erik.browser.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(!page.text.contains("Geheim"))
            }
            for path in ["/messages/\(chat)/messages", "/messages/\(chat)/typing", "/messages/\(chat)/read",
                         "/messages/\(chat)/messages/\(message)/delete", "/messages/\(chat)/name"] {
                #expect(try await erik.browser.post(path, form: ["text": "x", "last_read_id": message]).status == .notFound, "\(path)")
            }
            #expect(try await chats.count("chat_messages") == 1)
            // Without a session or token, nothing at all.
            #expect(try await app.api(.GET, "/api/v1/chats/\(chat)/messages").status == .unauthorized)
        }
    }
}
