import Fluent
import TreffpunktCore

/// The Accounts feature's service API for features that write to people: where a mail goes and in
/// which language, for many members at once.
package struct MailRecipients {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package struct Recipient: Sendable {
        package let id: Int64
        package let displayName: String
        package let email: String
        package let language: AppLanguage
        /// Mail goes only to an address its owner has confirmed.
        package let hasConfirmedAddress: Bool
    }

    package func recipients(ids: some Collection<Int64>) async throws -> [Int64: Recipient] {
        guard !ids.isEmpty else { return [:] }
        let users = try await User.query(on: database).filter(\.$id ~~ Array(Set(ids))).all()
        return Dictionary(uniqueKeysWithValues: try users.map { user in
            (try user.requireID(), Recipient(id: try user.requireID(), displayName: user.displayName, email: user.email,
                                              language: user.language ?? .fallback, hasConfirmedAddress: user.emailConfirmedAt != nil))
        })
    }
}
