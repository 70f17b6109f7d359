import TreffpunktCore
import Vapor

/// Mastodon's `ValidationError`: a summary sentence and, per field, machine-readable codes
/// (`ERR_TAKEN`, `ERR_BLANK`, …) with a description.
struct MastodonValidationError: Content {
    struct Detail: Codable, Sendable {
        let error: String
        let description: String
    }

    let error: String
    let details: [String: [Detail]]

    init(_ errors: FormErrors, language: AppLanguage) {
        let fields = errors.fields
        error = "\(AccountsText.validationFailed(language)): \(errors.summary(in: language))"
        details = Dictionary(uniqueKeysWithValues: fields.compactMap { field in
            errors[field].map { (field, [Detail(error: Self.code(for: $0), description: $0(language))]) }
        })
    }

    /// Mastodon's code for one of our messages.
    private static func code(for message: LocalizedText) -> String {
        switch message {
        case AccountsText.required: "ERR_BLANK"
        case AccountsText.usernameTaken, AccountsText.emailTaken: "ERR_TAKEN"
        case AccountsText.passwordTooShort: "ERR_TOO_SHORT"
        case AccountsText.passwordTooLong: "ERR_TOO_LONG"
        case AccountsText.emailDomainNotAllowed: "ERR_BLOCKED"
        case AccountsText.agreementRequired: "ERR_ACCEPTED"
        default: "ERR_INVALID"
        }
    }
}
