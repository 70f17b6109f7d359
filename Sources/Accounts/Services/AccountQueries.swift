import Fluent
import TreffpunktCore

/// The lookups of members by name, address or id that several services share.
enum AccountQueries {
    static func user(usernameKey: String, on database: any Database) async throws -> User? {
        try await User.query(on: database).filter(\.$usernameKey == usernameKey).first()
    }

    static func user(email: String, on database: any Database) async throws -> User? {
        try await User.query(on: database).filter(\.$email == email.lowercased()).first()
    }

    /// Finds a member by username or e-mail address, as the login form accepts either.
    static func user(login identifier: String, on database: any Database) async throws -> User? {
        let key = identifier.lowercased()
        if key.contains("@") {
            return try await user(email: key, on: database)
        }
        return try await user(usernameKey: key, on: database)
    }
}
