import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Lets one "… schreibt" through per member and chat every two seconds, whatever a client sends:
/// chat.js asks at most every three seconds, but a script could ask far more often and make every
/// participant's connection carry the noise.
final class TypingThrottle: Sendable {
    static let interval: TimeInterval = 2
    /// Entries kept at most; older ones are dropped first when it is full.
    private static let capacity = 10_000

    private let lastSent = NIOLockedValueBox<[String: Date]>([:])

    /// Whether `memberID` may announce typing in `chatID` now (and notes that they did).
    func allows(_ memberID: Int64, in chatID: Int64, now: Date = Date()) -> Bool {
        lastSent.withLockedValue { sent in
            let key = "\(chatID):\(memberID)"
            if let last = sent[key], now.timeIntervalSince(last) < Self.interval { return false }
            if sent.count >= Self.capacity {
                sent = sent.filter { now.timeIntervalSince($0.value) < Self.interval }
            }
            sent[key] = now
            return true
        }
    }
}

extension Application {
    private struct TypingThrottleKey: StorageKey {
        typealias Value = TypingThrottle
    }

    /// Set up by `MessagingFeature.install`.
    var typingThrottle: TypingThrottle {
        get {
            guard let throttle = storage[TypingThrottleKey.self] else { preconditionFailure("MessagingFeature.install sets it up") }
            return throttle
        }
        set { storage[TypingThrottleKey.self] = newValue }
    }
}
