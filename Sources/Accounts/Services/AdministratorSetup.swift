import Fluent
import SQLKit
import TreffpunktCore

/// The one-time setup address `treffpunkt serve` prints while the installation has no administrator:
/// whoever registers through it becomes the first administrator, so an open registration does not hand
/// a fresh installation to whoever comes first. Only the token's digest is stored, in the instance settings.
package struct AdministratorSetup {
    static let settingKey = "administrator_setup_token_digest"

    /// Another registration used the token between our check and our write.
    struct AlreadyUsed: Error {}

    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// A new token, replacing any earlier one, while no administrator exists; otherwise `nil`
    /// (and a token left over from before `create-admin` is forgotten).
    package func issueTokenIfNeeded(settings: InstanceSettings) async throws -> String? {
        guard try await !hasAdministrator() else {
            try await InstanceSetting.query(on: database).filter(\.$id == Self.settingKey).delete()
            return nil
        }
        let token = RandomToken.make()
        try await settings.set(Self.settingKey, to: RandomToken.digest(token), on: database)
        return token
    }

    /// Whether the token is the current one and the installation still has no administrator.
    func accepts(_ token: String) async throws -> Bool {
        guard let stored = try await InstanceSetting.find(Self.settingKey, on: database),
              RandomToken.constantTimeEquals(stored.value, RandomToken.digest(token)) else { return false }
        return try await !hasAdministrator()
    }

    /// Uses the token up, inside the registration's transaction. Deleting it is the claim: of two
    /// registrations racing with one token only one deletes the row, the other throws `AlreadyUsed`.
    func redeem(_ token: String) async throws {
        let claimed = try await database.sql.delete(from: InstanceSetting.schema)
            .where("key", .equal, Self.settingKey)
            .where("value", .equal, RandomToken.digest(token))
            .returning("key")
            .all()
        guard !claimed.isEmpty, try await !hasAdministrator() else { throw AlreadyUsed() }
    }

    package func hasAdministrator() async throws -> Bool {
        try await User.query(on: database).filter(\.$role == .admin).first() != nil
    }
}
