import Foundation

/// How often and how long a message that could not be delivered is tried again: after 1 minute, then 2,
/// 4, 8 … up to `longestDelay` between attempts, and given up after `maxAttempts`.
package struct RetryPolicy: Sendable, Equatable {
    package var firstDelay: TimeInterval
    package var longestDelay: TimeInterval
    package var maxAttempts: Int
    /// How long a sender holds a message it claimed before another may take it: a sender that died
    /// mid-delivery leaves it to the next one.
    package var claimDuration: TimeInterval

    /// Twelve attempts spread over about ten hours: a mail server down for a night still gets the mail
    /// while a 24-hour confirmation link is valid.
    package init(firstDelay: TimeInterval = 60, longestDelay: TimeInterval = 2 * 3600, maxAttempts: Int = 12,
                 claimDuration: TimeInterval = 10 * 60) {
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
        self.maxAttempts = maxAttempts
        self.claimDuration = claimDuration
    }

    /// The wait after the `attempts`-th failed attempt (1-based).
    package func delay(afterAttempt attempts: Int) -> TimeInterval {
        let doublings = min(max(attempts - 1, 0), 30)
        return min(firstDelay * pow(2, Double(doublings)), longestDelay)
    }
}
