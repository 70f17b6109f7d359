import Foundation
import NIOConcurrencyHelpers
import Testing
import TreffpunktCore
import Vapor

/// A WebSocket client of the streaming API over the wire, collecting the server's text frames.
final class LiveClient: Sendable {
    let socket: WebSocket
    private let inbox: NIOLockedValueBox<Inbox>

    private struct Inbox {
        var frames: [String] = []
        var read = 0
        var closed = false
    }

    struct Refused: Error {
        let status: HTTPResponseStatus
    }

    struct TimedOut: Error {}

    /// How long a test waits for what must come. Generous: the whole suite runs in parallel on two
    /// cores, where five seconds were not always enough; a passing test never waits this long.
    static let patience: Duration = .seconds(30)

    private init(socket: WebSocket, inbox: NIOLockedValueBox<Inbox>) {
        self.socket = socket
        self.inbox = inbox
    }

    /// Opens `/api/v1/streaming` with the query (`stream=user`) and headers; a refused handshake throws `Refused`.
    static func connect(_ baseURL: String, query: String? = nil, headers: HTTPHeaders = [:]) async throws -> LiveClient {
        let url = try #require(URLComponents(string: baseURL))
        let inbox = NIOLockedValueBox(Inbox())
        let opened = NIOLockedValueBox<WebSocket?>(nil)
        var configuration = WebSocketClient.Configuration(maxFrameSize: 1 << 20)
        configuration.maxAccumulatedFrameSize = 1 << 20
        do {
            try await WebSocket.connect(
                scheme: "ws", host: url.host ?? "127.0.0.1", port: url.port ?? 80, path: "/api/v1/streaming", query: query,
                headers: headers, configuration: configuration, on: MultiThreadedEventLoopGroup.singleton
            ) { socket in
                socket.onText { _, text in inbox.withLockedValue { $0.frames.append(text) } }
                socket.onClose.whenComplete { _ in inbox.withLockedValue { $0.closed = true } }
                opened.withLockedValue { $0 = socket }
            }.get()
        } catch WebSocketClient.Error.invalidResponseStatus(let head) {
            throw Refused(status: head.status)
        }
        // WebSocketKit may report the upgrade a moment before it hands over the socket.
        try await eventually { opened.withLockedValue { $0 } != nil }
        let socket = try #require(opened.withLockedValue { $0 })
        return LiveClient(socket: socket, inbox: inbox)
    }

    /// The next frame; throws `TimedOut` after `timeout`, `nil` when the server closed the socket.
    func next(timeout: Duration = LiveClient.patience) async throws -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            let (frame, closed) = inbox.withLockedValue { inbox -> (String?, Bool) in
                guard inbox.read < inbox.frames.count else { return (nil, inbox.closed) }
                inbox.read += 1
                return (inbox.frames[inbox.read - 1], false)
            }
            if let frame { return frame }
            if closed { return nil }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw TimedOut()
    }

    /// The next frame as JSON.
    func nextJSON(timeout: Duration = LiveClient.patience, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String: Any] {
        let frame = try #require(try await next(timeout: timeout), "the socket closed", sourceLocation: sourceLocation)
        return try #require(try JSONSerialization.jsonObject(with: Data(frame.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }

    /// Waits until the server closed the socket, skipping frames still on their way.
    func waitForClose(timeout: Duration = LiveClient.patience) async throws {
        while try await next(timeout: timeout) != nil {}
    }

    func send(_ text: String) async throws {
        try await socket.send(text)
    }

    func close() async throws {
        try await socket.close(code: .normalClosure)
    }
}

/// Waits until `condition` holds, checking every 20 ms, at most `timeout`.
func eventually(timeout: Duration = LiveClient.patience, _ condition: () async throws -> Bool,
                sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while clock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("the condition did not hold within \(timeout)", sourceLocation: sourceLocation)
}

extension RealtimeEvent {
    static func test(_ topic: RealtimeTopic, _ event: String = "update", payload: String = #"{"id":"1"}"#, actor: Int64? = nil) -> RealtimeEvent {
        RealtimeEvent(topic: topic, event: event, payload: payload, actorID: actor)
    }
}
