import NIOConcurrencyHelpers
import TreffpunktCore

/// Everything a hub subscription receives, collected in the background for a test to look at.
package final class RealtimeCollector: Sendable {
    private let subscription: RealtimeSubscription
    private let received = NIOLockedValueBox<[RealtimeEvent]>([])

    package init(_ subscription: RealtimeSubscription) {
        self.subscription = subscription
        Task { [received] in
            for await event in subscription.events { received.withLockedValue { $0.append(event) } }
        }
    }

    package var events: [RealtimeEvent] { received.withLockedValue { $0 } }

    /// Waits up to `seconds` for an event named `name` and returns the ones received so far with that name.
    package func waitFor(_ name: String, seconds: Double = 30) async throws -> [RealtimeEvent] {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            let found = events.filter { $0.event == name }
            if !found.isEmpty { return found }
            try await Task.sleep(for: .milliseconds(20))
        }
        return []
    }

    package func stop() {
        subscription.finish()
    }
}
