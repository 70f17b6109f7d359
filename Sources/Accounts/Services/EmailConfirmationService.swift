import Fluent
import Foundation
import Mail
import SQLKit
import TreffpunktCore

/// Proves that a person who registered by e-mail domain owns the address: a single-use link valid for
/// 24 hours goes to the outbox; following it confirms the account. Only the link's digest is stored.
struct EmailConfirmationService {
    /// A new link is sent at most this often per account, so the resend button cannot flood a mailbox.
    static let resendInterval: TimeInterval = 5 * 60

    let database: any Database
    let config: AppConfig

    enum Confirmation {
        case confirmed(User)
        case unknown
        case used
        case expired
    }

    enum Resend {
        case sent
        case tooSoon(retryAfterSeconds: Int)
        case alreadyConfirmed
    }

    /// Creates a link for the unconfirmed account and puts its mail into the outbox; in the caller's
    /// transaction when `database` is one, so a registration that rolls back sends nothing.
    func sendLink(to user: User, language: AppLanguage, now: Date) async throws {
        let token = RandomToken.make()
        try await EmailConfirmation(userID: user.requireID(), tokenDigest: RandomToken.digest(token), now: now).create(on: database)
        let link = config.publicURL + EmailConfirmationURL.confirm(token: token).path
        let mail = ConfirmationMail.make(to: user, link: link, instanceName: config.instanceName, language: language)
        try await MailOutbox(database: database).enqueue(mail, now: now)
    }

    /// A new link for an account still unconfirmed, unless one went out within `resendInterval`.
    func resend(toUserID userID: Int64, language: AppLanguage, now: Date) async throws -> Resend {
        try await database.writeTransaction { transaction in
            guard let user = try await User.find(userID, on: transaction), user.emailConfirmedAt == nil else {
                return .alreadyConfirmed
            }
            let newest = try await EmailConfirmation.query(on: transaction).filter(\.$user.$id == userID)
                .sort(\.$createdAt, .descending).first()
            if let newest, now.timeIntervalSince(newest.createdAt) < Self.resendInterval {
                let wait = newest.createdAt.addingTimeInterval(Self.resendInterval).timeIntervalSince(now)
                return .tooSoon(retryAfterSeconds: max(1, Int(wait.rounded(.up))))
            }
            try await EmailConfirmationService(database: transaction, config: config).sendLink(to: user, language: language, now: now)
            return .sent
        }
    }

    /// Confirms the account behind `token`. The link is used up, and so is every other link of the same
    /// account: one confirmation, one sign-in.
    func confirm(token: String, now: Date) async throws -> Confirmation {
        try await database.writeTransaction { transaction in
            guard let link = try await EmailConfirmation.query(on: transaction)
                .filter(\.$tokenDigest == RandomToken.digest(token)).first() else { return .unknown }
            if link.usedAt != nil { return .used }
            if link.expiresAt <= now { return .expired }
            let userID = link.$user.id
            // Using the links up is the claim: of two confirmations racing with one link, only one updates it.
            let claimed = try await transaction.sql.update(EmailConfirmation.schema)
                .set("used_at", to: now)
                .where("user_id", .equal, userID)
                .where("used_at", .is, SQLLiteral.null)
                .returning("id")
                .all()
            guard claimed.contains(where: { (try? $0.decode(column: "id", as: Int64.self)) == link.id }) else { return .used }
            guard let user = try await User.find(userID, on: transaction) else { return .unknown }
            if user.emailConfirmedAt == nil {
                user.emailConfirmedAt = now
            }
            // The allowed domain vouches for an employee only now that the address is proven theirs.
            if config.registrationMode == .domain, config.registrationDomains.contains(AccountRules.domain(of: user.email)) {
                user.affiliation = .employee
            }
            if user.hasChanges {
                try await user.save(on: transaction)
            }
            return .confirmed(user)
        }
    }
}
