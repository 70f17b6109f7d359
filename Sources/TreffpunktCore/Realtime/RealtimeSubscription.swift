import NIOConcurrencyHelpers

/// One live connection's share of the hub: the topics it listens to and the events waiting for it.
///
/// The waiting events are bounded: a reader that falls more than `bufferLimit` events behind (a
/// client that stopped reading) is cut off — its stream ends with `overflowed` set — instead of
/// letting the server's memory grow without end.
package final class RealtimeSubscription: Sendable {
    package let events: AsyncStream<RealtimeEvent>
    private let continuation: AsyncStream<RealtimeEvent>.Continuation
    private let state = NIOLockedValueBox(State())

    private struct State {
        var topics: Set<RealtimeTopic> = []
        var overflowed = false
        var finished = false
    }

    init(bufferLimit: Int) {
        (events, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingOldest(bufferLimit))
    }

    package var topics: Set<RealtimeTopic> { state.withLockedValue { $0.topics } }

    /// Whether the stream ended because the reader fell too far behind.
    package var overflowed: Bool { state.withLockedValue { $0.overflowed } }

    /// Whether the stream ended; the hub no longer takes topics for it.
    package var isFinished: Bool { state.withLockedValue { $0.finished } }

    func setTopics(_ topics: Set<RealtimeTopic>) {
        state.withLockedValue { $0.topics = topics }
    }

    func deliver(_ event: RealtimeEvent) {
        if case .dropped = continuation.yield(event) {
            state.withLockedValue { $0.overflowed = true }
            continuation.finish()
        }
    }

    /// Ends the stream (the connection closed); the hub forgets the listener.
    package func finish() {
        continuation.finish()
    }

    package func onTermination(_ handler: @escaping @Sendable () -> Void) {
        continuation.onTermination = { [state] _ in
            state.withLockedValue { $0.finished = true }
            handler()
        }
    }
}
