import Foundation
import TreffpunktCore
import Vapor

/// Writes notification mail in the background while `serve` runs: every half minute the immediate mails
/// that are due, and the daily digest once its hour has come. Failures are logged and tried again next round.
final class NotificationMailLoop: Sendable {
    static let interval: Duration = .seconds(30)
    private let task: Task<Void, Never>

    init(mailer: NotificationMailer, clock: @escaping @Sendable () -> Date, logger: Logger) {
        task = Task {
            while !Task.isCancelled {
                do {
                    try await mailer.sendImmediate(now: clock())
                    try await mailer.sendDigestIfDue(now: clock())
                } catch {
                    logger.warning("notification mail: \(String(reflecting: error))")
                }
                try? await Task.sleep(for: Self.interval)
            }
        }
    }

    func stop() {
        task.cancel()
    }
}

extension Application {
    private struct NotificationMailLoopKey: StorageKey {
        typealias Value = NotificationMailLoop
    }

    var notificationMailLoop: NotificationMailLoop? {
        get { storage[NotificationMailLoopKey.self] }
        set { storage[NotificationMailLoopKey.self] = newValue }
    }
}

/// Stops writing notification mail at shutdown; a round in the middle of its transaction is rolled back.
struct NotificationMailLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        application.notificationMailLoop?.stop()
    }
}
