import Fluent
import Foundation
import Mail
import TreffpunktCore

/// Invites everyone the HR import created and who has no password yet: each gets a single-use link,
/// valid for a week, that sets the password and signs in. Sending again reaches only those still without one.
struct PasswordInvitationService {
    /// Links and mails are written this many at a time, one transaction each, so a large import holds no long lock.
    static let batchSize = 200

    let database: any Database
    let config: AppConfig

    /// Returns how many mails went into the outbox. `fallbackLanguage` is for people who chose none.
    func inviteEveryoneWithoutPassword(fallbackLanguage: AppLanguage, now: Date) async throws -> Int {
        let people = try await User.query(on: database)
            .join(PasswordlessMember.self, on: \User.$id == \PasswordlessMember.$id)
            .filter(\.$kind == .person)
            .sort(\.$id)
            .all()
            .filter { MailOutbox.canDeliver(to: $0.email) }
        for start in stride(from: 0, to: people.count, by: Self.batchSize) {
            let batch = people[start..<min(start + Self.batchSize, people.count)]
            try await database.writeTransaction { transaction in
                for user in batch {
                    let token = RandomToken.make()
                    try await PasswordReset(userID: user.requireID(), tokenDigest: RandomToken.digest(token), now: now,
                                            validity: PasswordReset.invitationValidity).create(on: transaction)
                    let link = config.publicURL + PasswordResetURL.reset(token: token).path
                    let mail = PasswordInvitationMail.make(to: user, link: link, instanceName: config.instanceName,
                                                           language: user.language ?? fallbackLanguage)
                    try await MailOutbox(database: transaction).enqueue(mail, now: now)
                }
            }
        }
        return people.count
    }
}
