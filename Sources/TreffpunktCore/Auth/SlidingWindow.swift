import Foundation

/// Limits of attempts within a sliding window, per subject (an account, an e-mail or a network address):
/// the one rule of the login throttle and the password-reset throttle.
package enum SlidingWindow {
    /// Seconds until every subject is allowed another attempt, or `nil` when all are under their limit.
    /// `attempts` are the times of each subject's attempts within the window.
    package static func secondsUntilAllowed(_ attempts: [String: [Date]], limits: [String: Int], window: TimeInterval,
                                            now: Date) -> Int? {
        var longestWait: TimeInterval?
        for (subject, limit) in limits {
            let times = (attempts[subject] ?? []).sorted(by: >)
            guard times.count >= limit else { continue }
            // Allowed again once the oldest attempt that keeps the count at the limit leaves the window.
            longestWait = max(longestWait ?? 0, times[limit - 1].addingTimeInterval(window).timeIntervalSince(now))
        }
        return longestWait.map { max(1, Int($0.rounded(.up))) }
    }
}
