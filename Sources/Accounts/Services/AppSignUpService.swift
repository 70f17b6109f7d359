import Fluent
import Foundation
import TreffpunktCore

/// Registration through a client app (`POST /api/v1/accounts`), as Mastodon apps offer it: the same rules
/// as the registration form, and the new member gets a token for the app right away.
struct AppSignUpService {
    /// What the app sends for the person registering.
    struct SignUp: Sendable {
        var username: String
        var email: String
        var password: String
        /// Whether the person accepted the rules; Mastodon refuses registrations without it.
        var agreement: Bool
        var locale: String?
        var invitationCode: String?
    }

    enum Outcome {
        case registered(IssuedToken)
        /// Registration needs an invitation and none came along.
        case closed
        case invalid(FormErrors)
    }

    let database: any Database
    let config: AppConfig
    let hashing: PasswordHashing

    /// `requestLanguage` is the confirmation mail's language when the app sends no `locale`.
    func signUp(_ signUp: SignUp, through application: OAuthApplication, requestLanguage: AppLanguage,
                now: Date = Date()) async throws -> Outcome {
        let invitation = signUp.invitationCode.flatMap { $0.isEmpty ? nil : $0 }
        if config.registrationMode == .closed && invitation == nil { return .closed }

        var agreementErrors = FormErrors()
        if !signUp.agreement { agreementErrors.add("agreement", AccountsText.agreementRequired) }
        // Mastodon asks for no display name: the username stands in until the member sets one.
        let input = RegistrationInput(username: signUp.username, displayName: signUp.username, email: signUp.email,
                                      password: signUp.password, invitationCode: invitation)
        let registration = RegistrationService(database: database, config: config, hashing: hashing)
        let language = Self.language(signUp.locale)
        switch try await registration.register(input, otherErrors: agreementErrors, language: language ?? requestLanguage, now: now) {
        case .invalid(let errors):
            return .invalid(errors)
        case .registered(let user), .awaitingConfirmation(let user):
            // Like Mastodon, an unconfirmed account gets its token now; it is refused until the address is confirmed.
            if let language {
                try await AccountService(database: database, hashing: hashing).setLanguage(of: user, to: language)
            }
            let (token, plain) = try await TokenService(database: database)
                .create(for: user.requireID(), name: application.name, scopes: application.scopes, applicationID: application.requireID())
            return .registered(IssuedToken(token: plain, scopes: token.scopes, createdAt: token.createdAt ?? now))
        }
    }

    /// `de`, `en-GB` and the like; locales this Treffpunkt does not speak leave the browser's choice in place.
    private static func language(_ locale: String?) -> AppLanguage? {
        guard let tag = locale?.split(whereSeparator: { $0 == "-" || $0 == "_" }).first else { return nil }
        return AppLanguage(rawValue: tag.lowercased())
    }
}
