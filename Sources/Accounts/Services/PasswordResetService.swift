import Fluent
import Foundation
import Mail
import SQLKit
import TreffpunktCore

/// "Forgot your password?": a single-use link valid for an hour goes by mail to the person with that
/// address; following it sets a new password. Only the link's digest is stored. The answer to a request
/// is the same whether or not the address belongs to anyone.
struct PasswordResetService {
    let database: any Database
    let config: AppConfig
    let hashing: PasswordHashing

    enum Request {
        /// Said whether or not a mail went out.
        case accepted
        case throttled(retryAfterSeconds: Int)
    }

    enum Link {
        case valid(User)
        case unknown
        case used
        case expired
    }

    enum Reset {
        case done(User)
        case invalid(FormErrors)
        case refused(Link)
    }

    /// Mails a reset link to the person with `email`, if there is one; company pages have no password.
    /// `fallbackLanguage` (the request's) is used for a person who chose none.
    func request(email rawEmail: String, address: String?, fallbackLanguage: AppLanguage, now: Date) async throws -> Request {
        let email = AccountRules.singleLine(rawEmail).lowercased()
        let person = try await AccountQueries.user(email: email, on: database).flatMap { $0.kind == .person ? $0 : nil }
        // The same work either way, as far as it goes: a token and a mail are made, and one write transaction
        // runs; an unknown address only skips its two inserts. So the answer's timing tells little.
        let token = RandomToken.make()
        let digest = RandomToken.digest(token)
        let link = config.publicURL + PasswordResetURL.reset(token: token).path
        let mail = PasswordResetMail.make(to: person?.email ?? email, name: person?.displayName ?? "", link: link,
                                          instanceName: config.instanceName, language: person?.language ?? fallbackLanguage)
        return try await database.writeTransaction { transaction in
            if let wait = try await PasswordResetThrottle(database: transaction).reserve(email: email, address: address, now: now) {
                return .throttled(retryAfterSeconds: wait)
            }
            if let person {
                try await PasswordReset(userID: person.requireID(), tokenDigest: digest, now: now).create(on: transaction)
                try await MailOutbox(database: transaction).enqueue(mail, now: now)
            }
            return .accepted
        }
    }

    /// Whether `token` may still set a password, for showing the form.
    func check(token: String, now: Date) async throws -> Link {
        guard let link = try await PasswordReset.query(on: database).filter(\.$tokenDigest == RandomToken.digest(token)).first() else {
            return .unknown
        }
        if link.usedAt != nil { return .used }
        if link.expiresAt <= now { return .expired }
        guard let user = try await User.find(link.$user.id, on: database), user.kind == .person else { return .unknown }
        return .valid(user)
    }

    /// Sets the new password through `token`. Every open link of the person is used up, other sessions
    /// end (the auth epoch rises) and every API token is revoked: whoever had the account is out.
    func reset(token: String, newPassword: String, now: Date) async throws -> Reset {
        let state = try await check(token: token, now: now)
        guard case .valid = state else { return .refused(state) }
        var errors = FormErrors()
        AccountRules.checkPassword(newPassword, into: &errors)
        guard errors.isEmpty else { return .invalid(errors) }
        let passwordHash = try await hashing.hash(newPassword)
        let digest = RandomToken.digest(token)
        return try await database.writeTransaction { transaction in
            guard let link = try await PasswordReset.query(on: transaction).filter(\.$tokenDigest == digest).first() else {
                return .refused(.unknown)
            }
            let userID = link.$user.id
            // Using the links up is the claim: of two resets racing with one link, only one updates it.
            let claimed = try await transaction.sql.update(PasswordReset.schema)
                .set("used_at", to: now)
                .where("user_id", .equal, userID)
                .where("used_at", .is, SQLLiteral.null)
                .where("expires_at", .greaterThan, now)
                .returning("id")
                .all()
            guard claimed.contains(where: { (try? $0.decode(column: "id", as: Int64.self)) == link.id }) else { return .refused(.used) }
            guard let user = try await User.find(userID, on: transaction) else { return .refused(.unknown) }
            user.passwordHash = passwordHash
            user.authEpoch += 1
            try await user.save(on: transaction)
            try await TokenService(database: transaction).revokeAll(of: userID, now: now)
            try await PasswordlessMember.query(on: transaction).filter(\.$id == userID).delete()
            return .done(user)
        }
    }
}
