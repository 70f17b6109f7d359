import Fluent
import Foundation
import Mail
import TreffpunktCore

extension InvitationService {
    /// The registration link that redeems an invitation code.
    static func link(code: String, config: AppConfig) -> String {
        "\(config.publicURL)\(SiteURL.register.path)?invite=\(code)"
    }

    /// Creates an invitation for `email` and puts its mail into the outbox, in one transaction: no
    /// invitation without its mail. Returns the link, which the admin sees once as well.
    func createAndMail(by inviter: Viewer, email: String, language: AppLanguage, config: AppConfig, now: Date) async throws -> String {
        try await database.writeTransaction { transaction in
            let (_, code) = try await InvitationService(database: transaction).create(by: inviter.id, email: email, now: now)
            let link = Self.link(code: code, config: config)
            let mail = InvitationMail.make(to: email, link: link, inviter: inviter.displayName, instanceName: config.instanceName,
                                           language: language)
            try await MailOutbox(database: transaction).enqueue(mail, now: now)
            return link
        }
    }
}
