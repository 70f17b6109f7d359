import Foundation
import TreffpunktCore
import Vapor

/// Delivers the outbox in the background while `serve` runs with `SMTP_URL` set: every few seconds it
/// sends what is due at the clock's time, and keeps going through failures (each is kept on its message).
final class MailDeliveryLoop: Sendable {
    static let interval: Duration = .seconds(10)
    private let task: Task<Void, Never>

    init(delivery: OutboxDelivery, clock: @escaping @Sendable () -> Date) {
        task = Task {
            while !Task.isCancelled {
                do {
                    // A full batch means more may be waiting: go on at once.
                    while try await delivery.deliverDue(now: clock()).total == OutboxDelivery.batchSize, !Task.isCancelled {}
                } catch {
                    delivery.logger.warning("mail delivery: \(String(reflecting: error))")
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
    private struct MailDeliveryLoopKey: StorageKey {
        typealias Value = MailDeliveryLoop
    }

    var mailDeliveryLoop: MailDeliveryLoop? {
        get { storage[MailDeliveryLoopKey.self] }
        set { storage[MailDeliveryLoopKey.self] = newValue }
    }
}

/// Stops delivering at shutdown; a message in the middle of its attempt is taken up again after its claim.
struct MailDeliveryLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        application.mailDeliveryLoop?.stop()
    }
}
