import NIOConcurrencyHelpers
import TreffpunktCore

/// One client's live connection, whatever carries it: who is reading, the streams they asked for, their
/// share of the hub, and the pump that turns the hub's events into frames.
final class LiveSession: Sendable {
    let viewer: Viewer?
    let language: AppLanguage
    private let hub: RealtimeHub
    private let subscription: RealtimeSubscription
    private let hiddenAuthors: HiddenAuthors
    private let streams = NIOLockedValueBox<[LiveStream: RealtimeTopic]>([:])

    init(viewer: Viewer?, language: AppLanguage, hub: RealtimeHub, bufferLimit: Int, hiddenAuthors: HiddenAuthors) {
        self.viewer = viewer
        self.language = language
        self.hub = hub
        self.hiddenAuthors = hiddenAuthors
        subscription = hub.subscribe(to: [], bufferLimit: bufferLimit)
    }

    /// Streams one connection may listen to at once (hashtags are many): its share of the hub stays small.
    static let maxStreams = 100

    /// Adds a stream; throws what to tell the client when the reader may not have it.
    func subscribe(_ stream: LiveStream) throws(StreamRequestError) {
        if stream.needsViewer && viewer == nil { throw .loginRequired }
        if let granted = viewer?.tokenScopes, !stream.acceptedScopes.contains(where: granted.contains) { throw .outsideScopes }
        guard let topic = stream.topic(for: viewer?.id) else { throw .loginRequired }
        var full = false
        change { streams in
            full = streams[stream] == nil && streams.count >= Self.maxStreams
            if !full { streams[stream] = topic }
        }
        if full { throw .tooManyStreams }
    }

    func unsubscribe(_ stream: LiveStream) {
        change { $0[stream] = nil }
    }

    /// Ends the connection's share of the hub; the pump stops.
    func end() {
        subscription.finish()
    }

    /// Whether the hub cut the session off because its reader fell too far behind.
    var overflowed: Bool { subscription.overflowed }

    /// Writes every event of the session's streams until the session ends or the outbox is cut.
    func pump(into outbox: LiveOutbox, frame: @Sendable (RealtimeEvent, LiveStream) -> String) async {
        for await event in subscription.events {
            let receiving = streams.withLockedValue { streams in
                streams.compactMap { $0.value == event.topic && $0.key.carries(event.event) ? $0.key : nil }
            }
            for stream in receiving {
                if stream.hidesBlockedAndMuted, let actorID = event.actorID, await hiddenAuthors.hides(actorID) { continue }
                guard outbox.send(frame(event, stream)) else { return }
            }
        }
    }

    /// The hub learns the new topics under the same lock, so two quick changes cannot arrive in the wrong order.
    private func change(_ edit: (inout [LiveStream: RealtimeTopic]) -> Void) {
        streams.withLockedValue { streams in
            edit(&streams)
            hub.update(subscription, to: Set(streams.values))
        }
    }
}
