import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// The streaming API as server-sent events, as Mastodon.py's `stream_user` reads it.
@Suite struct EventStreamTests {
    @Test func healthAnswersOK() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/streaming/health")
            #expect(response.status == .ok)
            #expect(response.body.string == "OK")
        }
    }

    @Test func theUserStreamDeliversEventsAndHeartbeats() async throws {
        try await withTestApp(configure: { $0.realtimeLimits.heartbeatSeconds = 1 }) { app in
            let anna = try await app.apiMember("anna")
            let annaID = try #require(Int64(anna.id))
            try await app.withRunningServer { base in
                var request = HTTPClientRequest(url: "\(base)/api/v1/streaming/user")
                request.headers.add(name: "Authorization", value: "Bearer \(anna.token)")
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
                #expect(response.status == .ok)
                #expect(response.headers.first(name: "Content-Type")?.hasPrefix("text/event-stream") == true)
                var body = EventStreamReader(response.body)
                #expect(try await body.read(until: ":)\n").hasSuffix(":)\n"))
                await app.realtime.publish([.test(.user(annaID), payload: #"{"id":"7","content":"<p>Hallo</p>"}"#),
                                            .test(.user(annaID), "delete", payload: "7")])
                let text = try await body.read(until: "data: 7\n\n")
                #expect(text.contains("event: update\ndata: {\"id\":\"7\",\"content\":\"<p>Hallo</p>\"}\n\n"))
                #expect(text.contains("event: delete\ndata: 7\n\n"))
                #expect(try await body.read(until: ":thump\n").hasSuffix(":thump\n"))
            }
        }
    }

    /// The notification stream leaves out everything but notifications; public streams need no login.
    @Test func streamsFilterAndPublicOnesAreOpen() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let annaID = try #require(Int64(anna.id))
            try await app.withRunningServer { base in
                var request = HTTPClientRequest(url: "\(base)/api/v1/streaming/user/notification?access_token=\(anna.token)")
                request.headers.add(name: "Accept", value: "text/event-stream")
                var bell = EventStreamReader(try await HTTPClient.shared.execute(request, timeout: .seconds(30)).body)
                _ = try await bell.read(until: ":)\n")
                let tag = HTTPClientRequest(url: "\(base)/api/v1/streaming/hashtag/local?tag=Grillfest")
                var hashtag = EventStreamReader(try await HTTPClient.shared.execute(tag, timeout: .seconds(30)).body)
                _ = try await hashtag.read(until: ":)\n")

                await app.realtime.publish([.test(.user(annaID), "update"), .test(.user(annaID), "notification", payload: #"{"id":"n1"}"#),
                                            .test(.hashtag("grillfest"), payload: #"{"id":"h1"}"#)])
                #expect(try await bell.read(until: "\n\n") == "event: notification\ndata: {\"id\":\"n1\"}\n\n")
                #expect(try await hashtag.read(until: "\n\n") == "event: update\ndata: {\"id\":\"h1\"}\n\n")
            }
        }
    }

    @Test func missingLoginAndMissingTagAreRefused() async throws {
        try await withTestApp { app in
            for path in ["/api/v1/streaming/user", "/api/v1/streaming/user/notification", "/api/v1/streaming/direct"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .unauthorized, "\(path)")
            }
            for path in ["/api/v1/streaming/hashtag", "/api/v1/streaming/hashtag/local?tag="] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .badRequest, "\(path)")
                #expect(response.errorMessage?.contains("tag") == true)
            }
            #expect(app.realtime.listenerCount == 0)
        }
    }
}

/// Reads a server-sent-events body piece by piece.
struct EventStreamReader {
    private var iterator: HTTPClientResponse.Body.AsyncIterator
    private var pending = ""

    init(_ body: HTTPClientResponse.Body) {
        iterator = body.makeAsyncIterator()
    }

    /// Everything up to and including the next `marker`; fails after `timeout`.
    mutating func read(until marker: String, timeout: Duration = .seconds(10)) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while pending.range(of: marker) == nil {
            guard clock.now < deadline, let chunk = try await iterator.next() else { throw LiveClient.TimedOut() }
            pending += String(buffer: chunk)
        }
        let end = pending.range(of: marker)!.upperBound
        defer { pending = String(pending[end...]) }
        return String(pending[..<end])
    }
}
