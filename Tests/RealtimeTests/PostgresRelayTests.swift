import Foundation
import NIOConcurrencyHelpers
import Realtime
import Testing
import TestSupport
import TreffpunktApp
import TreffpunktCore
import Vapor

/// Two server processes on one PostgreSQL database deliver each other's events through `LISTEN/NOTIFY`,
/// also events larger than a notification holds. Here two apps in one test process stand for them.
@Suite(.enabled(if: TestDatabase.postgresServerURL != nil, "needs PostgreSQL (TEST_DATABASE_URL)"))
struct PostgresRelayTests {
    @Test func eventsCrossToTheOtherProcessOnceEach() async throws {
        try await withTestApp { first in
            try await withSecondProcess(of: first) { second in
                await RealtimeFeature.startRelay(on: first)
                await RealtimeFeature.startRelay(on: second)
                let here = Collected(first.realtime.subscribe(to: [.user(1)]))
                let there = Collected(second.realtime.subscribe(to: [.user(1)]))

                await first.realtime.publish([.test(.user(1), payload: #"{"id":"a"}"#, actor: 7)])
                await second.realtime.publish([.test(.user(1), "notification", payload: #"{"id":"b"}"#)])
                // Each side gets its own event at once and the other's through PostgreSQL.
                try await eventually { here.payloads.count == 2 && there.payloads.count == 2 }
                #expect(Set(here.payloads) == [#"{"id":"a"}"#, #"{"id":"b"}"#])
                #expect(Set(there.payloads) == [#"{"id":"a"}"#, #"{"id":"b"}"#])
                #expect(there.events.first { $0.payload == #"{"id":"a"}"# }?.actorID == 7)

                // 20 KB, beyond the 8,000 bytes of a notification: carried through the table.
                let big = #"{"id":"c","content":""# + String(repeating: "ä", count: 10_000) + #""}"#
                await first.realtime.publish([.test(.hashtag("gross"), payload: big, actor: 9), .test(.user(1), payload: big)])
                try await eventually { there.payloads.count == 3 }
                #expect(there.payloads.last == big)
                let stored = try await first.db.sql.raw("SELECT COUNT(*) AS n FROM realtime_relay_events").first()?.decode(column: "n", as: Int.self)
                #expect(stored == 1)
                // Nothing arrives twice: a process ignores its own notifications.
                try await Task.sleep(for: .milliseconds(300))
                #expect(here.payloads.count == 3)
                #expect(there.payloads.count == 3)
                here.stop()
                there.stop()
            }
        }
    }

    /// The relay listens on a connection of its own; when PostgreSQL drops it, it listens again.
    @Test func theListenerComesBackAfterItsConnectionDrops() async throws {
        try await withTestApp { first in
            try await withSecondProcess(of: first) { second in
                await RealtimeFeature.startRelay(on: first)
                await RealtimeFeature.startRelay(on: second)
                let dropped = try await first.db.sql.raw("""
                    SELECT pg_terminate_backend(pid) AS gone FROM pg_stat_activity
                    WHERE pid <> pg_backend_pid() AND datname = current_database() AND query LIKE 'LISTEN%'
                    """).all()
                #expect(dropped.count == 2)
                let there = Collected(second.realtime.subscribe(to: [.publicTimeline]))
                // Publish until the listener is back (it waits a moment before it connects again).
                let clock = ContinuousClock(), deadline = clock.now.advanced(by: .seconds(15))
                while there.payloads.isEmpty, clock.now < deadline {
                    await first.realtime.publish([.test(.publicTimeline)])
                    try await Task.sleep(for: .milliseconds(200))
                }
                #expect(!there.payloads.isEmpty)
                there.stop()
            }
        }
    }

    /// A second app on the first one's database, as another `treffpunkt serve` would be.
    private func withSecondProcess(of first: Application, _ body: (Application) async throws -> Void) async throws {
        let second = try await Application.make(.testing)
        second.logger.logLevel = .warning
        do {
            try await TreffpunktApp.configure(second, config: first.config)
            try await body(second)
        } catch {
            try? await second.asyncShutdown()
            throw error
        }
        try await second.asyncShutdown()
    }
}

/// Everything a subscription receives, collected in the background for the test to look at.
private final class Collected: Sendable {
    private let subscription: RealtimeSubscription
    private let received = NIOLockedValueBox<[RealtimeEvent]>([])

    init(_ subscription: RealtimeSubscription) {
        self.subscription = subscription
        Task { [received] in
            for await event in subscription.events { received.withLockedValue { $0.append(event) } }
        }
    }

    var events: [RealtimeEvent] { received.withLockedValue { $0 } }
    var payloads: [String] { events.map(\.payload) }

    func stop() {
        subscription.finish()
    }
}
