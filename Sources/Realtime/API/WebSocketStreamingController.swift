import NIOConcurrencyHelpers
import TreffpunktCore
import Vapor

/// Mastodon's streaming API over WebSocket: `GET /api/v1/streaming?stream=user`, more streams through
/// `subscribe` messages, every event as `{"stream":[…],"event":…,"payload":…}`.
struct WebSocketStreamingController {
    /// Clients send only small subscribe messages; anything larger closes the socket (1009).
    static let maxFrameSize = 64 * 1024

    func boot(_ api: any RoutesBuilder) {
        api.get("v1", "streaming", use: open)
    }

    func open(_ request: Request) async throws -> Response {
        guard Self.isUpgrade(request) else {
            throw Abort(.badRequest, reason: RealtimeText.notAWebSocket(request.language))
        }
        let protocolToken = StreamingAccess.protocolToken(of: request)
        let viewer = try await StreamingAccess.viewer(of: request, protocolToken: protocolToken)
        let session = LiveSession.open(for: request, viewer: viewer)
        // The stream named in the address: one that needs a member is refused before the upgrade, as in
        // Mastodon; other mistakes become an error event on the open socket.
        var initial: LiveStream?
        var initialError: StreamRequestError?
        if request.query[String.self, at: "stream"] != nil {
            do throws(StreamRequestError) {
                let stream = try LiveStream(name: request.query["stream"], tag: request.query["tag"])
                if stream.needsViewer && viewer == nil { throw .loginRequired }
                initial = stream
            } catch .loginRequired {
                throw Abort(.unauthorized, reason: CoreText.loginRequired(request.language))
            } catch {
                initialError = error
            }
        }
        let firstStream = initial
        let problems = NIOLockedValueBox(initialError)
        let limits = request.config.realtimeLimits
        let response = Response(status: .switchingProtocols)
        response.upgrader = StreamingUpgrader(
            maxFrameSize: Self.maxFrameSize,
            accept: { channel in
                // Listening starts before the answer goes out, so the client misses nothing sent after it.
                // However the socket ends, the session ends with it.
                if let firstStream {
                    do throws(StreamRequestError) { try session.subscribe(firstStream) } catch { problems.withLockedValue { $0 = error } }
                }
                channel.closeFuture.whenComplete { _ in session.end() }
                return protocolToken.map { ["Sec-WebSocket-Protocol": $0] } ?? [:]
            },
            onUpgrade: { socket, channel in
                let outbox = LiveOutbox(transport: WebSocketTransport(socket: socket, channel: channel),
                                        limit: limits.maxQueuedEvents) { session.end() }
                if let problem = problems.withLockedValue({ $0 }) {
                    outbox.send(StreamFrames.error(problem, language: session.language))
                }
                socket.pingInterval = .seconds(Int64(limits.heartbeatSeconds))
                socket.onText { _, text in Self.handle(text, session: session, outbox: outbox) }
                socket.onBinary { _, _ in outbox.send(StreamFrames.error(.binaryMessage, language: session.language)) }
                // The callbacks hold the outbox, which holds the socket: unless they go at the close, every
                // closed connection (its channel and buffers, about 7 KB) stays in memory for good.
                channel.closeFuture.whenComplete { _ in
                    socket.onText { _, _ in }
                    socket.onBinary { _, _ in }
                }
                Task {
                    await session.pump(into: outbox) { event, stream in StreamFrames.webSocket(event, on: stream) }
                    // The hub cut off a reader that fell behind: cut the socket too.
                    if session.overflowed { WebSocketTransport(socket: socket, channel: channel).abort() }
                }
            })
        return response
    }

    /// `subscribe` and `unsubscribe` messages; anything else is answered with an error event.
    private static func handle(_ text: String, session: LiveSession, outbox: LiveOutbox) {
        do throws(StreamRequestError) {
            let message = try ClientMessage(text: text)
            switch message.action {
            case .subscribe: try session.subscribe(message.stream)
            case .unsubscribe: session.unsubscribe(message.stream)
            }
        } catch {
            outbox.send(StreamFrames.error(error, language: session.language))
        }
    }

    /// A WebSocket handshake: `Connection: Upgrade` and `Upgrade: websocket`. Anything else would get a
    /// 101 answer that upgrades nothing.
    private static func isUpgrade(_ request: Request) -> Bool {
        request.headers[canonicalForm: "connection"].contains { $0.lowercased() == "upgrade" }
            && request.headers[canonicalForm: "upgrade"].contains { $0.lowercased() == "websocket" }
    }
}
