import NIOConcurrencyHelpers

/// Hands live events to the connections that listen to their topics.
///
/// Publishing delivers to this process's connections at once and hands the events to the relay,
/// which carries them to the other server processes (PostgreSQL `LISTEN/NOTIFY`); events arriving
/// from the relay are delivered with `deliverLocally`.
package final class RealtimeHub: Sendable {
    /// Events one connection may have waiting before it is cut off as a reader that stopped reading.
    package static let defaultBufferLimit = 512

    private let listeners = NIOLockedValueBox<[RealtimeTopic: [ObjectIdentifier: RealtimeSubscription]]>([:])
    private let relayBox = NIOLockedValueBox<(any RealtimeRelay)?>(nil)

    package init() {}

    /// The bridge to other server processes; `nil` when this process is the only one (SQLite).
    package var relay: (any RealtimeRelay)? {
        get { relayBox.withLockedValue { $0 } }
        set { relayBox.withLockedValue { $0 = newValue } }
    }

    /// Delivers the events here and in every other server process.
    package func publish(_ events: [RealtimeEvent]) async {
        guard !events.isEmpty else { return }
        deliverLocally(events)
        await relay?.forward(events)
    }

    /// Delivers events to this process's connections only.
    package func deliverLocally(_ events: [RealtimeEvent]) {
        for event in events {
            let receivers = listeners.withLockedValue { $0[event.topic].map { Array($0.values) } ?? [] }
            for receiver in receivers {
                receiver.deliver(event)
            }
        }
    }

    /// A new listener for `topics`; it stops listening when its event stream ends.
    package func subscribe(to topics: Set<RealtimeTopic>, bufferLimit: Int = defaultBufferLimit) -> RealtimeSubscription {
        let subscription = RealtimeSubscription(bufferLimit: bufferLimit)
        subscription.onTermination { [weak self, weak subscription] in
            guard let self, let subscription else { return }
            self.update(subscription, to: [])
        }
        update(subscription, to: topics)
        return subscription
    }

    /// Changes what a listener listens to (Mastodon's `subscribe` and `unsubscribe` messages).
    /// A subscription whose stream has ended takes no new topics: a late `subscribe` message must not
    /// leave a listener behind.
    package func update(_ subscription: RealtimeSubscription, to topics: Set<RealtimeTopic>) {
        let key = ObjectIdentifier(subscription)
        listeners.withLockedValue { listeners in
            let topics = subscription.isFinished ? [] : topics
            for topic in subscription.topics.subtracting(topics) {
                listeners[topic]?[key] = nil
                if listeners[topic]?.isEmpty == true { listeners[topic] = nil }
            }
            for topic in topics {
                listeners[topic, default: [:]][key] = subscription
            }
            subscription.setTopics(topics)
        }
    }

    /// How many connections listen to anything, for the benchmark and health figures.
    package var listenerCount: Int {
        listeners.withLockedValue { Set($0.values.flatMap(\.keys)).count }
    }

    /// How many connections listen to one topic: a test knows its subscription is in place.
    package func listenerCount(for topic: RealtimeTopic) -> Int {
        listeners.withLockedValue { $0[topic]?.count ?? 0 }
    }
}

/// Carries published events to the other server processes and back into their hubs.
package protocol RealtimeRelay: Sendable {
    func forward(_ events: [RealtimeEvent]) async
}
