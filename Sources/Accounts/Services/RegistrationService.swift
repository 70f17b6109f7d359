import Fluent
import Foundation
import Mail
import TreffpunktCore

/// What a person types to register.
struct RegistrationInput: Sendable {
    var username: String
    var displayName: String
    var email: String
    var password: String
    var invitationCode: String?
    /// The one-time token of the setup address `serve` prints while there is no administrator.
    var setupToken: String?

    /// Trimmed values; the password stays as typed.
    var normalized: RegistrationInput {
        RegistrationInput(
            username: AccountRules.singleLine(username),
            displayName: AccountRules.singleLine(displayName),
            email: AccountRules.singleLine(email).lowercased(),
            password: password,
            invitationCode: invitationCode.map { AccountRules.singleLine($0) }.flatMap { $0.isEmpty ? nil : $0 },
            setupToken: setupToken.map { AccountRules.singleLine($0) }.flatMap { $0.isEmpty ? nil : $0 }
        )
    }
}

/// Creates accounts under the configured registration mode. An account becomes an administrator only
/// through the one-time setup address (`AdministratorSetup`), never by merely being the first.
struct RegistrationService {
    let database: any Database
    let config: AppConfig
    let hashing: PasswordHashing

    enum Outcome {
        case registered(User)
        /// Registered by e-mail domain: the account signs in once the link mailed to it is followed.
        case awaitingConfirmation(User)
        case invalid(FormErrors)
    }

    /// Whether this installation lets anyone open the registration form without an invitation.
    var isOpenWithoutInvitation: Bool { config.registrationMode != .closed }

    /// `otherErrors` are problems the caller found in fields of its own (the API's `agreement`):
    /// they block the registration like the service's own and are reported with them.
    /// `language` is the confirmation mail's, when the registration needs one.
    func register(_ raw: RegistrationInput, otherErrors: FormErrors = FormErrors(), language: AppLanguage,
                  now: Date = Date()) async throws -> Outcome {
        let input = raw.normalized
        var errors = otherErrors
        AccountRules.checkUsername(input.username, into: &errors)
        AccountRules.checkText(input.displayName, maximum: AccountRules.displayNameMaximum, required: true, into: &errors, field: "display_name")
        AccountRules.checkEmail(input.email, into: &errors)
        AccountRules.checkPassword(input.password, into: &errors)

        let invitation = try await usableInvitation(code: input.invitationCode, now: now)
        if input.invitationCode != nil && invitation == nil {
            errors.add("invitation_code", AccountsText.invitationInvalid)
        } else if let restricted = invitation?.email, restricted != input.email, errors["email"] == nil {
            errors.add("email", AccountsText.invitationForOtherEmail)
        }
        if let setupToken = input.setupToken, try await !AdministratorSetup(database: database).accepts(setupToken) {
            errors.add("setup_token", AccountsText.setupTokenInvalid)
        }
        if invitation == nil {
            switch config.registrationMode {
            case .open:
                break
            case .domain:
                if errors["email"] == nil && !config.registrationDomains.contains(AccountRules.domain(of: input.email)) {
                    errors.add("email", AccountsText.emailDomainNotAllowed)
                }
            case .closed:
                errors.add("invitation_code", AccountsText.registrationClosed)
            }
        }
        if errors["username"] == nil, try await AccountQueries.user(usernameKey: input.username.lowercased(), on: database) != nil {
            errors.add("username", AccountsText.usernameTaken)
        }
        if errors["email"] == nil, try await AccountQueries.user(email: input.email, on: database) != nil {
            errors.add("email", AccountsText.emailTaken)
        }
        // Only the domain vouches for an address nobody invited: its owner must prove it is theirs.
        let needsConfirmation = config.registrationMode == .domain && invitation == nil && input.setupToken == nil
        // Invited people and the administrator are vouched for; an allowed domain makes an employee only once
        // the address is confirmed (`EmailConfirmationService`); everyone else who registers freely is a guest.
        let affiliation: Affiliation = invitation != nil || input.setupToken != nil ? .employee : .guest
        if needsConfirmation, errors["email"] == nil, !MailOutbox.canDeliver(to: input.email) {
            errors.add("email", AccountsText.emailNotDeliverable)
        }
        guard errors.isEmpty else { return .invalid(errors) }

        let passwordHash = try await hashing.hash(input.password)
        do {
            let user = try await database.writeTransaction { transaction in
                if let setupToken = input.setupToken {
                    try await AdministratorSetup(database: transaction).redeem(setupToken)
                }
                let user = User(username: input.username, displayName: input.displayName, email: input.email,
                                passwordHash: passwordHash, role: input.setupToken == nil ? .member : .admin,
                                emailConfirmedAt: needsConfirmation ? nil : now, affiliation: affiliation)
                try await user.create(on: transaction)
                if needsConfirmation {
                    try await EmailConfirmationService(database: transaction, config: config).sendLink(to: user, language: language, now: now)
                }
                if let invitation {
                    try await InvitationService(database: transaction).redeem(invitation, by: user.requireID(), now: now)
                }
                return user
            }
            return needsConfirmation ? .awaitingConfirmation(user) : .registered(user)
        } catch let error where error.isUniqueViolation {
            // Someone took the name or address between our check and the write.
            var raced = FormErrors()
            if try await AccountQueries.user(usernameKey: input.username.lowercased(), on: database) != nil {
                raced.add("username", AccountsText.usernameTaken)
            } else {
                raced.add("email", AccountsText.emailTaken)
            }
            return .invalid(raced)
        } catch is InvitationService.AlreadyRedeemed {
            var raced = FormErrors()
            raced.add("invitation_code", AccountsText.invitationInvalid)
            return .invalid(raced)
        } catch is AdministratorSetup.AlreadyUsed {
            var raced = FormErrors()
            raced.add("setup_token", AccountsText.setupTokenInvalid)
            return .invalid(raced)
        }
    }

    private func usableInvitation(code: String?, now: Date) async throws -> Invitation? {
        guard let code else { return nil }
        return try await InvitationService(database: database).usableInvitation(code: code, now: now)
    }
}
