import Foundation
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// Nothing a reader may not see leaves by a live stream: members' streams are their own, and public
/// streams hold back the posts of people the reader blocked, was blocked by or muted.
@Suite struct StreamingVisibilityTests {
    @Test func eachMembersStreamsCarryOnlyTheirOwnEvents() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), ben = try await app.apiMember("ben")
            let annaID = try #require(Int64(anna.id)), benID = try #require(Int64(ben.id))
            try await app.withRunningServer { base in
                let annas = try await LiveClient.connect(base, query: "stream=user&access_token=\(anna.token)")
                let bens = try await LiveClient.connect(base, query: "stream=user&access_token=\(ben.token)")
                try await bens.send(#"{"type":"subscribe","stream":"direct"}"#)
                try await bens.send(#"{"type":"subscribe","stream":"chat"}"#)
                try await eventually { app.realtime.listenerCount(for: .chat(benID)) == 1 }
                // Asking for another member's stream by any name gives one's own.
                #expect(app.realtime.listenerCount(for: .chat(annaID)) == 0)
                #expect(app.realtime.listenerCount(for: .direct(annaID)) == 0)

                await app.realtime.publish([.test(.user(annaID), payload: #"{"id":"fuer-anna"}"#),
                                            .test(.direct(annaID), "conversation"), .test(.chat(annaID), "chat.message"),
                                            .test(.user(benID), payload: #"{"id":"fuer-ben"}"#)])
                #expect(try await annas.nextJSON()["payload"] as? String == #"{"id":"fuer-anna"}"#)
                #expect(try await bens.nextJSON()["payload"] as? String == #"{"id":"fuer-ben"}"#)
                await #expect(throws: LiveClient.TimedOut.self) { try await bens.next(timeout: .milliseconds(300)) }
                try await annas.close()
                try await bens.close()
            }
        }
    }

    @Test func publicStreamsHoldBackBlockedAndMutedAuthors() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna"), carl = try await app.apiMember("carl")
            let dora = try await app.apiMember("dora"), emil = try await app.apiMember("emil")
            let carlID = try #require(Int64(carl.id)), doraID = try #require(Int64(dora.id)), emilID = try #require(Int64(emil.id))
            #expect(try await app.api(.POST, "/api/v1/accounts/\(carl.id)/block", token: anna.token).status == .ok)
            #expect(try await app.api(.POST, "/api/v1/accounts/\(anna.id)/block", token: dora.token).status == .ok)
            #expect(try await app.api(.POST, "/api/v1/accounts/\(emil.id)/mute", token: anna.token).status == .ok)
            let ben = try await app.apiMember("ben")
            let benID = try #require(Int64(ben.id))
            try await app.withRunningServer { base in
                let annas = try await LiveClient.connect(base, query: "stream=public&access_token=\(anna.token)")
                try await annas.send(#"{"type":"subscribe","stream":"hashtag","tag":"grillfest"}"#)
                let visitors = try await LiveClient.connect(base, query: "stream=public")
                try await eventually { app.realtime.listenerCount(for: .hashtag("grillfest")) == 1 && app.realtime.listenerCount(for: .publicTimeline) == 2 }

                var events: [RealtimeEvent] = []
                for (author, name) in [(carlID, "carl"), (doraID, "dora"), (emilID, "emil"), (benID, "ben")] {
                    events.append(.test(.publicTimeline, payload: #"{"id":"\#(name)"}"#, actor: author))
                    events.append(.test(.hashtag("grillfest"), payload: #"{"id":"\#(name)-tag"}"#, actor: author))
                }
                await app.realtime.publish(events)
                #expect(try await annas.nextJSON()["payload"] as? String == #"{"id":"ben"}"#)
                #expect(try await annas.nextJSON()["payload"] as? String == #"{"id":"ben-tag"}"#)
                await #expect(throws: LiveClient.TimedOut.self) { try await annas.next(timeout: .milliseconds(300)) }
                // A visitor has no blocks: the public stream carries every public post.
                var seen: [String] = []
                for _ in 0..<4 { seen.append(try await visitors.nextJSON()["payload"] as? String ?? "") }
                #expect(seen == [#"{"id":"carl"}"#, #"{"id":"dora"}"#, #"{"id":"emil"}"#, #"{"id":"ben"}"#])
                try await annas.close()
                try await visitors.close()
            }
        }
    }

    /// Clients read the streaming server's address from the instance: this server, over WebSocket.
    @Test func theInstanceNamesThisServerForStreaming() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example" }) { app in
            let v1 = try await app.testing().sendRequest(.GET, "/api/v1/instance").object
            #expect((v1["urls"] as? [String: Any])?["streaming_api"] as? String == "wss://treffpunkt.example")
            let v2 = try await app.testing().sendRequest(.GET, "/api/v2/instance").object
            let urls = (v2["configuration"] as? [String: Any])?["urls"] as? [String: Any]
            #expect(urls?["streaming"] as? String == "wss://treffpunkt.example")
        }
    }
}
