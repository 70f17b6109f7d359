import Fluent
import Foundation
import NIOConcurrencyHelpers
import PostgresKit
import SQLKit
import TreffpunktCore
import Vapor

/// Carries events between server processes that share one PostgreSQL database, with `LISTEN/NOTIFY`:
/// no other infrastructure. Each process listens on a connection of its own, which it opens again when
/// it drops, and notifies through the pool. A notification holds at most 8,000 bytes, so larger events
/// wait in a table and the notification names their row.
final class PostgresRelay: RealtimeRelay {
    static let channel = "treffpunkt_realtime"
    /// PostgreSQL refuses notifications of 8,000 bytes and more.
    static let maxNotificationBytes = 7_900
    /// How long large events wait in their table for slow listeners.
    static let largeEventLifetime: TimeInterval = 300

    /// This process; notifications it sent itself are ignored (its own connections already have the events).
    let origin = UUID().uuidString
    private let database: any Database
    private let configuration: PostgresConnection.Configuration
    private let deliver: @Sendable ([RealtimeEvent]) -> Void
    private let logger: Logger
    private let listener = NIOLockedValueBox<Task<Void, Never>?>(nil)
    private let connection = NIOLockedValueBox<PostgresConnection?>(nil)

    init(database: any Database, configuration: PostgresConnection.Configuration, logger: Logger,
         deliver: @escaping @Sendable ([RealtimeEvent]) -> Void) {
        self.database = database
        self.configuration = configuration
        self.logger = logger
        self.deliver = deliver
    }

    func forward(_ events: [RealtimeEvent]) async {
        do {
            var text = try RelayEnvelope(origin: origin, events: events).encoded()
            if text.utf8.count > Self.maxNotificationBytes {
                text = try await storeLarge(text)
            }
            try await database.sql.raw("SELECT pg_notify(\(bind: Self.channel), \(bind: text))").run()
        } catch {
            logger.warning("realtime relay: could not notify the other processes: \(String(reflecting: error))")
        }
    }

    /// Starts listening; returns once the first `LISTEN` holds (or after `timeout`, when PostgreSQL does
    /// not answer: the listener keeps trying in the background).
    func start(timeout: Duration = .seconds(10)) async {
        let (listening, signal) = AsyncStream.makeStream(of: Void.self)
        let task = Task { [self] in await listen(signal: signal) }
        listener.withLockedValue { $0 = task }
        let waiter = Task {
            var iterator = listening.makeAsyncIterator()
            _ = await iterator.next()
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            waiter.cancel()
        }
        await waiter.value
        timer.cancel()
    }

    func stop() {
        listener.withLockedValue { $0?.cancel() }
        connection.withLockedValue { $0 }?.close().whenComplete { _ in }
    }

    /// Listens until stopped, opening the connection again after a pause whenever it drops.
    private func listen(signal: AsyncStream<Void>.Continuation) async {
        var pause: Duration = .milliseconds(250)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger)
                self.connection.withLockedValue { $0 = connection }
                do {
                    try await connection.listen(on: Self.channel) { notifications in
                        signal.yield()
                        pause = .milliseconds(250)
                        for try await notification in notifications {
                            await receive(notification.payload)
                        }
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                try? await connection.close()
            } catch {
                if Task.isCancelled { break }
                logger.warning("realtime relay: listening failed, trying again in \(pause): \(String(reflecting: error))")
            }
            try? await Task.sleep(for: pause)
            pause = min(pause * 2, .seconds(10))
        }
        signal.finish()
    }

    private func receive(_ text: String) async {
        do {
            var envelope = try RelayEnvelope.decode(text)
            guard envelope.origin != origin else { return }
            if let ref = envelope.ref {
                guard let stored = try await loadLarge(ref) else {
                    logger.warning("realtime relay: large events \(ref) are gone")
                    return
                }
                envelope = try RelayEnvelope.decode(stored)
            }
            deliver(envelope.realtimeEvents)
        } catch {
            logger.warning("realtime relay: unreadable notification: \(String(reflecting: error))")
        }
    }

    /// Stores the events and returns the notification naming their row; rows older than their lifetime go.
    private func storeLarge(_ text: String) async throws -> String {
        let id = SnowflakeID.next()
        let table = SQLIdentifier(RelayEnvelope.largeEventsTable)
        try await database.sql.raw("INSERT INTO \(table) (id, body) VALUES (\(bind: id), \(bind: text))").run()
        let expired = SnowflakeID.lowerBound(for: Date(timeIntervalSinceNow: -Self.largeEventLifetime))
        try await database.sql.raw("DELETE FROM \(table) WHERE id < \(bind: expired)").run()
        return try RelayEnvelope(origin: origin, ref: id).encoded()
    }

    private func loadLarge(_ id: Int64) async throws -> String? {
        try await database.sql.raw("SELECT body FROM \(SQLIdentifier(RelayEnvelope.largeEventsTable)) WHERE id = \(bind: id)")
            .first().map { try $0.decode(column: "body", as: String.self) }
    }
}
