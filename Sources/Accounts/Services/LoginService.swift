import Fluent
import Foundation
import TreffpunktCore

/// Checks a password login and slows down guessing: after too many failures within a window,
/// per account and per network address, further attempts are refused until the window has passed.
struct LoginService {
    let database: any Database
    let config: AppConfig
    let hashing: PasswordHashing

    enum Outcome {
        case success(User)
        case wrongCredentials
        case throttled(retryAfterSeconds: Int)
        /// The password is right, but the account registered by e-mail domain has not confirmed its address.
        case unconfirmed(User)
    }

    func login(identifier rawIdentifier: String, password: String, address: String?, now: Date = Date()) async throws -> Outcome {
        let identifier = AccountRules.singleLine(rawIdentifier).lowercased()
        let subjects = ["account:\(identifier)", "address:\(address ?? "unknown")"]
        if let wait = try await secondsUntilAllowed(subjects: subjects, now: now) {
            return .throttled(retryAfterSeconds: wait)
        }
        guard !identifier.isEmpty, !password.isEmpty,
              let user = try await AccountQueries.user(login: identifier, on: database), user.kind == .person else {
            // Hash anyway, so a missing account answers as slowly as a wrong password. A company page has
            // no password to check: nobody logs in as a page.
            _ = try await hashing.hash(password.isEmpty ? "-" : password)
            try await recordFailure(subjects: subjects, now: now)
            return .wrongCredentials
        }
        guard try await hashing.verify(password, against: user.passwordHash) else {
            try await recordFailure(subjects: subjects, now: now)
            return .wrongCredentials
        }
        try await LoginFailure.query(on: database).filter(\.$subject == subjects[0]).delete()
        guard user.emailConfirmedAt != nil else { return .unconfirmed(user) }
        return .success(user)
    }

    private var window: TimeInterval { TimeInterval(config.loginWindowSeconds) }

    private func secondsUntilAllowed(subjects: [String], now: Date) async throws -> Int? {
        let recent = try await LoginFailure.query(on: database)
            .filter(\.$subject ~~ subjects)
            .filter(\.$failedAt > now.addingTimeInterval(-window))
            .all()
        var longestWait: TimeInterval?
        for subject in subjects {
            let times = recent.filter { $0.subject == subject }.map(\.failedAt).sorted(by: >)
            guard times.count >= config.loginMaxFailures else { continue }
            // Allowed again once the oldest failure that keeps the count at the limit leaves the window.
            let blocking = times[config.loginMaxFailures - 1]
            let wait = blocking.addingTimeInterval(window).timeIntervalSince(now)
            longestWait = max(longestWait ?? 0, wait)
        }
        return longestWait.map { max(1, Int($0.rounded(.up))) }
    }

    private func recordFailure(subjects: [String], now: Date) async throws {
        try await database.writeTransaction { transaction in
            try await LoginFailure.query(on: transaction)
                .filter(\.$subject ~~ subjects)
                .filter(\.$failedAt <= now.addingTimeInterval(-window))
                .delete()
            for subject in subjects {
                try await LoginFailure(subject: subject, failedAt: now).create(on: transaction)
            }
        }
    }
}
