import Fluent
import Foundation
import TreffpunktCore

/// Limits reset requests per e-mail address and per network address within a window. Counting and
/// recording happen in one transaction under a lock, as the login throttle does, so parallel requests
/// cannot all pass the count before any of them is recorded.
struct PasswordResetThrottle {
    static let window: TimeInterval = 3600
    static let perEmail = 3
    static let perNetworkAddress = 20

    let database: any Database

    /// Records the request, or answers how many seconds remain until one is allowed again. Call it inside
    /// a write transaction (`database` is one): the lock and the count hold until it ends.
    func reserve(email: String, address: String?, now: Date) async throws -> Int? {
        let limits = ["email:\(email)": Self.perEmail, "address:\(address ?? "unknown")": Self.perNetworkAddress]
        let subjects = Array(limits.keys)
        let windowStart = now.addingTimeInterval(-Self.window)
        try await database.lockForTransaction(subjects.map { "password-reset-requests:\($0)" })
        try await PasswordResetRequest.query(on: database)
            .filter(\.$subject ~~ subjects).filter(\.$requestedAt <= windowStart).delete()
        let recent = try await PasswordResetRequest.query(on: database)
            .filter(\.$subject ~~ subjects).filter(\.$requestedAt > windowStart).all()
        let attempts = Dictionary(grouping: recent, by: \.subject).mapValues { $0.map(\.requestedAt) }
        if let wait = SlidingWindow.secondsUntilAllowed(attempts, limits: limits, window: Self.window, now: now) { return wait }
        for subject in subjects {
            try await PasswordResetRequest(subject: subject, requestedAt: now).create(on: database)
        }
        return nil
    }
}
