import Foundation
@testable import Messaging
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

@Suite("Messaging: live events")
struct ChatLiveEventTests {
    @Test("chat events reach the participants' chat topics and nobody else's; typing only the others")
    func eventsReachParticipantsOnly() async throws {
        try await withTestApp { app in
            let chats = MessagingFixtures(app: app)
            let anna = try await chats.member("anna"), ben = try await chats.member("ben"), carl = try await chats.member("carl")
            let listeners = [anna, ben, carl].map { member in
                RealtimeCollector(app.realtime.subscribe(to: [.chat(Int64(member.id)!), .user(Int64(member.id)!)]))
            }
            defer { listeners.forEach { $0.stop() } }
            let (toAnna, toBen, toCarl) = (listeners[0], listeners[1], listeners[2])
            let chat = try await chats.chat(anna, with: [ben])
            #expect(try await toBen.waitFor("chat.conversation").count == 1)

            let sent = try await chats.send("Live <b>da</b>?", in: chat, by: anna)
            let id = try #require(sent["id"] as? String)
            for listener in [toAnna, toBen] {
                let event = try #require(try await listener.waitFor("chat.message").first)
                #expect(event.topic == .chat(Int64(listener === toAnna ? anna.id : ben.id)!))
                let payload = try #require(try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any])
                #expect(payload["id"] as? String == id)
                #expect(payload["chat_id"] as? String == chat)
                #expect(payload["content"] as? String == "<p>Live &lt;b&gt;da&lt;/b&gt;?</p>")
            }

            #expect(try await ben.browser.post("/messages/\(chat)/typing").status == .noContent)
            let typing = try #require(try await toAnna.waitFor("chat.typing").first)
            #expect(typing.payload.contains(#""display_name":"Ben""#))
            #expect(try await app.api(.PUT, "/api/v1/chats/\(chat)/messages/\(id)", token: anna.token, json: #"{"content": "Live?"}"#).status == .ok)
            #expect(try await toBen.waitFor("chat.update").count == 1)
            #expect(try await app.api(.POST, "/api/v1/chats/\(chat)/read", token: ben.token, json: #"{"last_read_id": "\#(id)"}"#).status == .ok)
            let read = try #require(try await toAnna.waitFor("chat.read").first)
            #expect(read.payload.contains(#""account_id":"\#(ben.id)""#))
            #expect(try await app.api(.DELETE, "/api/v1/chats/\(chat)/messages/\(id)", token: anna.token).status == .ok)
            #expect(try await toBen.waitFor("chat.delete").first?.payload.contains(id) == true)

            #expect(toBen.events.filter { $0.event == "chat.typing" }.isEmpty) // one's own typing is not echoed
            try await Task.sleep(for: .milliseconds(200))
            #expect(toCarl.events.isEmpty, "\(toCarl.events)")
            #expect(toAnna.events.filter { $0.event == "chat.typing" }.count == 1)
        }
    }

    /// Timed by the clock it is given: in the parallel suite two requests may lie more than two seconds apart.
    @Test("one typing event per member and chat every two seconds, whatever a client sends")
    func typingIsThrottled() {
        let throttle = TypingThrottle()
        let start = Date()
        #expect(throttle.allows(1, in: 10, now: start))
        #expect(!throttle.allows(1, in: 10, now: start.addingTimeInterval(1.9)))
        #expect(throttle.allows(2, in: 10, now: start.addingTimeInterval(1)))
        #expect(throttle.allows(1, in: 11, now: start.addingTimeInterval(1)))
        #expect(throttle.allows(1, in: 10, now: start.addingTimeInterval(2)))
    }
}
