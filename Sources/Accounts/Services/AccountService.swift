import Fluent
import Foundation
import TreffpunktCore

/// What a member can do with their own account: edit the profile, change the password, delete it.
struct AccountService {
    let database: any Database
    let hashing: PasswordHashing

    struct ProfileInput: Sendable {
        var displayName: String?
        var bio: String?
        var position: String?
        var department: String?
        /// `""` clears the choice (follow the browser); `nil` leaves it unchanged.
        var language: String?
    }

    /// Applies the fields that were sent; returns the problems instead when any field is invalid.
    func updateProfile(of user: User, with input: ProfileInput) async throws -> FormErrors {
        var errors = FormErrors()
        let displayName = input.displayName.map(AccountRules.singleLine)
        let bio = input.bio.map(AccountRules.multiLine)
        let position = input.position.map(AccountRules.singleLine)
        let department = input.department.map(AccountRules.singleLine)
        if let displayName {
            AccountRules.checkText(displayName, maximum: AccountRules.displayNameMaximum, required: true, into: &errors, field: "display_name")
        }
        if let bio {
            AccountRules.checkText(bio, maximum: AccountRules.bioMaximum, required: false, into: &errors, field: "bio")
        }
        if let position {
            AccountRules.checkText(position, maximum: AccountRules.positionMaximum, required: false, into: &errors, field: "position")
        }
        if let department {
            AccountRules.checkText(department, maximum: AccountRules.departmentMaximum, required: false, into: &errors, field: "department")
        }
        var language: AppLanguage??
        if let code = input.language?.trimmingCharacters(in: .whitespaces) {
            if code.isEmpty {
                language = .some(nil)
            } else if let chosen = AppLanguage(rawValue: code.lowercased()) {
                language = .some(chosen)
            } else {
                errors.add("language", AccountsText.invalidLanguage)
            }
        }
        guard errors.isEmpty else { return errors }
        if let displayName { user.displayName = displayName }
        if let bio { user.bio = bio }
        if let position { user.position = position }
        if let department { user.department = department }
        if let language { user.language = language }
        try await user.save(on: database)
        return errors
    }

    func setLanguage(of user: User, to language: AppLanguage) async throws {
        user.language = language
        try await user.save(on: database)
    }

    /// Changes the password after checking the current one. Raising the auth epoch signs out other sessions;
    /// `signOutApps` also revokes every API token, as someone who took over the account may hold one.
    func changePassword(of user: User, current: String, new: String, signOutApps: Bool, now: Date = Date()) async throws -> FormErrors {
        var errors = FormErrors()
        if current.isEmpty {
            errors.add("current_password", AccountsText.required)
        } else if try await !hashing.verify(current, against: user.passwordHash) {
            errors.add("current_password", AccountsText.wrongCurrentPassword)
        }
        AccountRules.checkPassword(new, into: &errors, field: "new_password")
        guard errors.isEmpty else { return errors }
        user.passwordHash = try await hashing.hash(new)
        user.authEpoch += 1
        try await database.writeTransaction { transaction in
            try await user.save(on: transaction)
            if signOutApps { try await TokenService(database: transaction).revokeAll(of: user.requireID(), now: now) }
        }
        return errors
    }

    /// Deletes the account after checking the password. The last administrator cannot leave.
    func deleteAccount(_ user: User, password: String) async throws -> FormErrors {
        var errors = FormErrors()
        if password.isEmpty {
            errors.add("password", AccountsText.required)
        } else if try await !hashing.verify(password, against: user.passwordHash) {
            errors.add("password", AccountsText.wrongCurrentPassword)
        }
        if errors.isEmpty, user.role == .admin,
           try await User.query(on: database).filter(\.$role == .admin).count() <= 1 {
            errors.add("password", AccountsText.lastAdminCannotLeave)
        }
        guard errors.isEmpty else { return errors }
        // Access tokens and the invitations this member sent go with the account: their foreign keys cascade.
        try await user.delete(on: database)
        return errors
    }
}
