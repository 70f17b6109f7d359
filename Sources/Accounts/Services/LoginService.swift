import Fluent
import Foundation
import TreffpunktCore

/// Checks a password login and slows down guessing: after too many failures within a window,
/// per account and per network address, further attempts are refused until the window has passed.
///
/// Each attempt is reserved (written as a failure) before the password is checked, in one transaction
/// that counts and writes under a lock, so parallel guesses cannot all pass the count before any of them
/// is recorded; a right password takes its reservation back.
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

    private enum Reservation {
        case reserved(ids: [Int64])
        case throttled(retryAfterSeconds: Int)
    }

    func login(identifier rawIdentifier: String, password: String, address: String?, now: Date = Date()) async throws -> Outcome {
        let identifier = AccountRules.singleLine(rawIdentifier).lowercased()
        let subjects = ["account:\(identifier)", "address:\(address ?? "unknown")"]
        let reservedIDs: [Int64]
        switch try await reserveAttempt(subjects: subjects, now: now) {
        case .throttled(let wait): return .throttled(retryAfterSeconds: wait)
        case .reserved(let ids): reservedIDs = ids
        }
        guard !identifier.isEmpty, !password.isEmpty,
              let user = try await AccountQueries.user(login: identifier, on: database), user.kind == .person else {
            // Hash anyway, so a missing account answers as slowly as a wrong password. A company page has
            // no password to check: nobody logs in as a page.
            _ = try await hashing.hash(password.isEmpty ? "-" : password)
            return .wrongCredentials
        }
        guard try await hashing.verify(password, against: user.passwordHash) else {
            return .wrongCredentials
        }
        // This attempt was no failure, and the account's earlier ones are forgiven; the address keeps its count.
        try await LoginFailure.query(on: database)
            .group(.or) { $0.filter(\.$id ~~ reservedIDs).filter(\.$subject == subjects[0]) }
            .delete()
        guard user.emailConfirmedAt != nil else { return .unconfirmed(user) }
        return .success(user)
    }

    private var window: TimeInterval { TimeInterval(config.loginWindowSeconds) }

    private func reserveAttempt(subjects: [String], now: Date) async throws -> Reservation {
        let windowStart = now.addingTimeInterval(-window)
        let (limit, window) = (config.loginMaxFailures, window)
        return try await database.writeTransaction { transaction in
            try await transaction.lockForTransaction(subjects.map { "login-failures:\($0)" })
            try await LoginFailure.query(on: transaction)
                .filter(\.$subject ~~ subjects).filter(\.$failedAt <= windowStart).delete()
            let recent = try await LoginFailure.query(on: transaction)
                .filter(\.$subject ~~ subjects).filter(\.$failedAt > windowStart).all()
            let attempts = Dictionary(grouping: recent, by: \.subject).mapValues { $0.map(\.failedAt) }
            let limits = Dictionary(uniqueKeysWithValues: subjects.map { ($0, limit) })
            if let wait = SlidingWindow.secondsUntilAllowed(attempts, limits: limits, window: window, now: now) {
                return .throttled(retryAfterSeconds: wait)
            }
            var ids: [Int64] = []
            for subject in subjects {
                let reservation = LoginFailure(subject: subject, failedAt: now)
                try await reservation.create(on: transaction)
                ids.append(try reservation.requireID())
            }
            return .reserved(ids: ids)
        }
    }
}
