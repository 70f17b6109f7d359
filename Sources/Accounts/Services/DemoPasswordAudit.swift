import Fluent
import TreffpunktCore
import Vapor

/// Finds demo people who still log in with the password the README publishes, for `serve`'s start check.
///
/// Demo people are the accounts with a demo username or an address at the demo domain. Each distinct
/// password hash among them is checked once with bcrypt (the seed gives them all one hash), so a demo
/// person who changed the password counts as safe and one who set it back does not. A result without
/// findings is remembered as a digest of those accounts and hashes: the next start verifies again only
/// when one of them changed, instead of spending a bcrypt check per changed password at every start.
package struct DemoPasswordAudit {
    static let cleanDigestKey = "demo_password_audit_clean"

    let database: any Database
    let settings: InstanceSettings
    let hashing: PasswordHashing

    package init(application: Application) {
        self.database = application.db
        self.settings = application.instanceSettings
        self.hashing = PasswordHashing(application: application)
    }

    /// The usernames, sorted, of the demo people whose password is still `AccountsDemoData.password`.
    package func accountsWithPublishedPassword() async throws -> [String] {
        let demoPeople = try await User.query(on: database)
            .group(.or) { either in
                either.filter(\.$usernameKey ~~ AccountsDemoData.usernames)
                either.filter(\.$email ~= "@\(AccountsDemoData.emailDomain)")
            }
            .all()
        guard !demoPeople.isEmpty else { return [] }
        let digest = RandomToken.digest(demoPeople.map { "\($0.requireID()) \($0.passwordHash)" }.sorted().joined(separator: "\n"))
        if try await settings.value(Self.cleanDigestKey, on: database) == digest { return [] }

        var published: [String] = []
        for (hash, people) in Dictionary(grouping: demoPeople, by: \.passwordHash)
        where try await hashing.verify(AccountsDemoData.password, against: hash) {
            published += people.map(\.username)
        }
        if published.isEmpty { try await settings.set(Self.cleanDigestKey, to: digest, on: database) }
        return published.sorted()
    }
}
