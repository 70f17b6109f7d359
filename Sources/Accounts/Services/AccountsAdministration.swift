import Fluent
import TreffpunktCore
import Vapor

/// Account tasks for the command line: appoint an administrator.
package enum AccountsAdministration {
    package enum AdminOutcome: Equatable {
        case created
        case promoted
        case invalid(String)
    }

    /// Creates an administrator, or makes an existing member with this username one. The operator at the
    /// console vouches for the address; an administrator is an employee.
    package static func createAdmin(username: String, displayName: String?, email: String, password: String,
                                    on app: Application, now: Date = Date()) async throws -> AdminOutcome {
        let username = AccountRules.singleLine(username)
        if let existing = try await AccountQueries.user(usernameKey: username.lowercased(), on: app.db) {
            guard existing.kind == .person else { return .invalid(AccountsText.usernameTaken(.en)) }
            existing.role = .admin
            // Whoever runs the instance works for the company.
            existing.affiliation = .employee
            try await existing.save(on: app.db)
            return .promoted
        }
        let email = AccountRules.singleLine(email).lowercased()
        let displayName = AccountRules.singleLine(displayName ?? username)
        var errors = FormErrors()
        AccountRules.checkUsername(username, into: &errors)
        AccountRules.checkText(displayName, maximum: AccountRules.displayNameMaximum, required: true, into: &errors, field: "display_name")
        AccountRules.checkEmail(email, into: &errors)
        AccountRules.checkPassword(password, into: &errors)
        if errors["email"] == nil, try await AccountQueries.user(email: email, on: app.db) != nil {
            errors.add("email", AccountsText.emailTaken)
        }
        guard errors.isEmpty else { return .invalid(errors.summary(in: .en)) }
        let hash = try await PasswordHashing(application: app).hash(password)
        try await User(username: username, displayName: displayName, email: email, passwordHash: hash, role: .admin,
                       emailConfirmedAt: now, affiliation: .employee).create(on: app.db)
        return .created
    }

    package static func memberCount(on database: any Database) async throws -> Int {
        try await User.query(on: database).count()
    }
}
