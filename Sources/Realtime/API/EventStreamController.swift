import NIOCore
import TreffpunktCore
import Vapor

/// Mastodon's streaming API as server-sent events, which Mastodon.py's `stream_user` and friends use:
/// `GET /api/v1/streaming/user`, `/user/notification`, `/public`, `/public/local`, `/hashtag?tag=`,
/// `/hashtag/local?tag=`, `/direct`, and `/health` for load balancers and clients checking first.
struct EventStreamController {
    func boot(_ api: any RoutesBuilder) {
        let streaming = api.grouped("v1", "streaming")
        streaming.get("health") { _ in "OK" }
        streaming.get("user") { try await open($0, .user) }
        streaming.get("user", "notification") { try await open($0, .userNotification) }
        streaming.get("public") { try await open($0, .publicTimeline) }
        streaming.get("public", "local") { try await open($0, .publicLocal) }
        streaming.get("hashtag") { try await open($0, .hashtag) }
        streaming.get("hashtag", "local") { try await open($0, .hashtagLocal) }
        streaming.get("direct") { try await open($0, .direct) }
    }

    private func open(_ request: Request, _ kind: LiveStream.Kind) async throws -> Response {
        let viewer = try await StreamingAccess.viewer(of: request, protocolToken: nil)
        let session = LiveSession.open(for: request, viewer: viewer)
        do throws(StreamRequestError) {
            try session.subscribe(try LiveStream(name: kind.rawValue, tag: request.query["tag"]))
        } catch {
            session.end()
            throw Abort(error.status, reason: error.message(request.language))
        }
        let limits = request.config.realtimeLimits
        let heartbeat = TimeAmount.seconds(Int64(limits.heartbeatSeconds))
        let body = Response.Body(stream: { writer in
            let transport = EventStreamTransport(writer: writer)
            let outbox = LiveOutbox(transport: transport, limit: limits.maxQueuedEvents) { session.end() }
            outbox.send(StreamFrames.serverSentOpening)
            // The heartbeat also finds clients that went away: its write fails and ends the session.
            let beats = writer.eventLoop.scheduleRepeatedTask(initialDelay: heartbeat, delay: heartbeat) { _ in
                outbox.send(StreamFrames.serverSentHeartbeat)
            }
            Task {
                await session.pump(into: outbox) { event, _ in StreamFrames.serverSent(event) }
                beats.cancel()
                if session.overflowed { transport.abort() } else { transport.close() }
            }
        })
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "event-stream", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        // Proxies such as nginx would otherwise hold events back to fill their buffers.
        headers.replaceOrAdd(name: "X-Accel-Buffering", value: "no")
        return Response(status: .ok, headers: headers, body: body)
    }
}
