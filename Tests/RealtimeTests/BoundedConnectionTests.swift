import Foundation
import NIOCore
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// The server never holds more for a connection than a bound: a client that stops reading is dropped,
/// and thousands of connections coming and going leave nothing behind.
@Suite struct BoundedConnectionTests {
    static let largePayload = #"{"id":"1","content":""# + String(repeating: "x", count: 8_000) + #""}"#

    @Test func aClientThatNeverReadsIsDroppedAndTheServerStaysResponsive() async throws {
        try await withTestApp(configure: { $0.realtimeLimits.maxQueuedEvents = 64 }) { app in
            try await app.withRunningServer { base in
                let stuck = try await RawSocket.connect(base)
                let head = try await stuck.handshake(query: "stream=public")
                #expect(head.hasPrefix("HTTP/1.1 101"))
                try await eventually { app.realtime.listenerCount(for: .publicTimeline) == 1 }

                // Events of 8 KB one at a time, slowly enough that the connection's share of the hub never fills:
                // the frames the socket does not take pile up, far beyond what the buffers of both sides hold.
                // The server must cut the connection long before 20,000 of them.
                var published = 0
                while app.realtime.listenerCount(for: .publicTimeline) > 0 && published < 20_000 {
                    await app.realtime.publish([.test(.publicTimeline, payload: Self.largePayload)])
                    published += 1
                    try await Task.sleep(for: .milliseconds(1))
                }
                #expect(app.realtime.listenerCount == 0, "still listening after \(published) events")
                // Reading now ends at the server's close.
                try await stuck.drainUntilClosed().get()

                let health = try await app.send(.GET, "\(base)/api/v1/streaming/health")
                #expect(health.status == .ok)
                let client = try await LiveClient.connect(base, query: "stream=public")
                try await eventually { app.realtime.listenerCount(for: .publicTimeline) == 1 }
                await app.realtime.publish([.test(.publicTimeline)])
                #expect(try await client.nextJSON()["event"] as? String == "update")
                try await client.close()
            }
        }
    }

    /// The same for server-sent events: the response is ended at once, not after what the client did not read.
    @Test func anEventStreamThatIsNeverReadIsDropped() async throws {
        try await withTestApp(configure: { $0.realtimeLimits.maxQueuedEvents = 64 }) { app in
            try await app.withRunningServer { base in
                let stuck = try await RawSocket.connect(base)
                let head = try await stuck.get("/api/v1/streaming/hashtag?tag=stau")
                #expect(head.hasPrefix("HTTP/1.1 200"), "\(head)")
                var published = 0
                while app.realtime.listenerCount > 0 && published < 20_000 {
                    await app.realtime.publish([.test(.hashtag("stau"), payload: Self.largePayload)])
                    published += 1
                    try await Task.sleep(for: .milliseconds(1))
                }
                #expect(app.realtime.listenerCount == 0, "still listening after \(published) events")
                try await stuck.drainUntilClosed().get()
                #expect(try await app.send(.GET, "\(base)/api/v1/streaming/health").status == .ok)
            }
        }
    }

    /// 2,000 sockets opened and closed (half of them cut without a goodbye) leave no listener behind.
    @Test func aReconnectStormLeavesNoListenersBehind() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            try await app.withRunningServer { base in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for worker in 0..<8 {
                        group.addTask {
                            for round in 0..<250 {
                                if round % 2 == 0 {
                                    let client = try await LiveClient.connect(base, query: "stream=user&access_token=\(anna.token)")
                                    try await client.close()
                                } else {
                                    let socket = try await RawSocket.connect(base)
                                    _ = try await socket.handshake(query: worker % 2 == 0 ? "stream=public" : "stream=hashtag&tag=sturm")
                                    socket.close()
                                }
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                try await eventually(timeout: .seconds(20)) { app.realtime.listenerCount == 0 }
                let health = try await app.send(.GET, "\(base)/api/v1/streaming/health")
                #expect(health.status == .ok)
                let client = try await LiveClient.connect(base, query: "stream=public")
                await app.realtime.publish([.test(.publicTimeline)])
                #expect(try await client.nextJSON()["event"] as? String == "update")
                try await client.close()
            }
        }
    }
}
