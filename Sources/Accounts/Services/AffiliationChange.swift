import Fluent
import TreffpunktCore

/// An administrator makes a person an employee or a guest. Every request loads its viewer afresh, so the
/// change applies from the person's next request, in every open session and with every token.
package struct AffiliationChange {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// The person's display name once changed; `nil` when no person has this username (company pages
    /// have no affiliation).
    @discardableResult
    package func set(_ affiliation: Affiliation, forUsername username: String) async throws -> String? {
        guard let user = try await AccountQueries.user(usernameKey: username.lowercased(), on: database),
              user.kind == .person else { return nil }
        user.affiliation = affiliation
        try await user.save(on: database)
        return user.displayName
    }
}
