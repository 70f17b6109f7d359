import Foundation
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// What a client says on an open socket: subscribe and unsubscribe (several streams on one socket),
/// and the mistakes that are answered with an error event while the socket stays open.
@Suite struct StreamingMessagesTests {
    @Test func subscribeAndUnsubscribeSeveralStreamsOnOneSocket() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let annaID = try #require(Int64(anna.id))
            try await app.withRunningServer { base in
                let client = try await LiveClient.connect(base, query: "stream=user&access_token=\(anna.token)")
                try await client.send(#"{"type":"subscribe","stream":"hashtag","tag":"Grillfest"}"#)
                try await client.send(#"{"type":"subscribe","stream":"chat"}"#)
                try await eventually { app.realtime.listenerCount(for: .hashtag("grillfest")) == 1 && app.realtime.listenerCount(for: .chat(annaID)) == 1 }

                await app.realtime.publish([.test(.hashtag("grillfest")), .test(.chat(annaID), "chat.message"), .test(.user(annaID), "notification")])
                let frames = [try await client.nextJSON(), try await client.nextJSON(), try await client.nextJSON()]
                #expect(frames.map { $0["stream"] as? [String] ?? [] } == [["hashtag", "Grillfest"], ["chat"], ["user"]])
                #expect(frames.map { $0["event"] as? String } == ["update", "chat.message", "notification"])

                try await client.send(#"{"type":"unsubscribe","stream":"hashtag","tag":"Grillfest"}"#)
                try await eventually { app.realtime.listenerCount(for: .hashtag("grillfest")) == 0 }
                await app.realtime.publish([.test(.hashtag("grillfest")), .test(.chat(annaID), "chat.typing")])
                #expect(try await client.nextJSON()["event"] as? String == "chat.typing")
                try await client.close()
            }
        }
    }

    /// Malformed JSON, a binary frame, an unknown stream or message type, a hashtag without its tag, a
    /// member's stream without login: each gets `{"error": …, "status": …}` and the socket keeps working.
    @Test func mistakesGetAnErrorEventAndTheSocketStaysOpen() async throws {
        try await withTestApp { app in
            try await app.withRunningServer { base in
                let client = try await LiveClient.connect(base, query: "stream=nonsense")
                #expect(try await client.nextJSON()["status"] as? Int == 400)
                for message in ["{kein json", #"{"type":"subscribe","stream":"firehose"}"#, #"{"type":"subscribe","stream":"hashtag"}"#,
                                #"{"type":"dance","stream":"public"}"#, #"{"stream":"public"}"#, #"["subscribe"]"#] {
                    try await client.send(message)
                    let error = try await client.nextJSON()
                    #expect(error["status"] as? Int == 400, "\(message)")
                    #expect((error["error"] as? String)?.isEmpty == false, "\(message)")
                }
                try await client.socket.send(raw: [1, 2, 3], opcode: .binary)
                #expect(try await client.nextJSON()["status"] as? Int == 400)
                try await client.send(#"{"type":"subscribe","stream":"user"}"#)
                #expect(try await client.nextJSON()["status"] as? Int == 401)

                // One connection listens to at most 100 streams.
                for number in 1...101 {
                    try await client.send(#"{"type":"subscribe","stream":"hashtag","tag":"tag\#(number)"}"#)
                }
                let full = try await client.nextJSON()
                #expect(full["status"] as? Int == 400)
                #expect((full["error"] as? String)?.contains("100") == true)
                #expect(app.realtime.listenerCount(for: .hashtag("tag101")) == 0)
                #expect(app.realtime.listenerCount(for: .hashtag("tag100")) == 1)
                try await client.send(#"{"type":"unsubscribe","stream":"hashtag","tag":"tag1"}"#)

                try await client.send(#"{"type":"subscribe","stream":"public"}"#)
                try await eventually { app.realtime.listenerCount(for: .publicTimeline) == 1 }
                await app.realtime.publish([.test(.publicTimeline, "delete", payload: "12345")])
                let frame = try await client.nextJSON()
                #expect(frame["event"] as? String == "delete")
                #expect(frame["payload"] as? String == "12345")
                try await client.close()
            }
        }
    }

    /// Clients send small messages only; a frame over 64 KB closes the socket cleanly (1009, message too big).
    @Test func anOversizeFrameClosesTheSocket() async throws {
        try await withTestApp { app in
            try await app.withRunningServer { base in
                let client = try await LiveClient.connect(base, query: "stream=public")
                try await eventually { app.realtime.listenerCount(for: .publicTimeline) == 1 }
                try await client.send(#"{"type":"subscribe","stream":"hashtag","tag":""# + String(repeating: "x", count: 70_000) + #""}"#)
                try await client.waitForClose()
                #expect(client.socket.closeCode == .messageTooLarge)
                try await eventually { app.realtime.listenerCount == 0 }
                let health = try await app.send(.GET, "\(base)/api/v1/streaming/health")
                #expect(health.status == .ok)
            }
        }
    }
}
