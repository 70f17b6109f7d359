import Foundation
import TreffpunktCore

/// The rules a username, e-mail address, password and profile text must follow.
/// Each check adds a message to the field it concerns, so a form can show all problems at once.
enum AccountRules {
    static let usernameMaximum = 30
    static let displayNameMaximum = 60
    static let emailMaximum = 254
    static let passwordMinimum = 10
    /// Bcrypt reads no more than 72 bytes; a longer password would silently lose its tail.
    static let passwordMaximumBytes = 72
    static let bioMaximum = 500
    static let positionMaximum = 100
    static let departmentMaximum = 100

    // Mastodon's username form: word characters, with dots and hyphens allowed only inside.
    private static var usernamePattern: Regex<Substring> { /^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?$/ }
    private static var emailPattern: Regex<Substring> { /^[^@\s<>()\[\],;:"]+@[^@\s<>()\[\],;:"]+\.[^@\s<>()\[\],;:".]{2,}$/ }

    static func checkUsername(_ username: String, into errors: inout FormErrors, field: String = "username") {
        if username.isEmpty {
            errors.add(field, AccountsText.required)
        } else if username.count < 3 || username.count > usernameMaximum || username.wholeMatch(of: usernamePattern) == nil {
            errors.add(field, AccountsText.usernameInvalid)
        }
    }

    static func checkEmail(_ email: String, into errors: inout FormErrors, field: String = "email") {
        if email.isEmpty {
            errors.add(field, AccountsText.required)
        } else if email.count > emailMaximum || email.wholeMatch(of: emailPattern) == nil {
            errors.add(field, AccountsText.emailInvalid)
        }
    }

    /// The part after the `@`, which registration by domain compares with the allowed domains.
    static func domain(of email: String) -> String {
        email.split(separator: "@").last.map(String.init) ?? ""
    }

    static func checkPassword(_ password: String, into errors: inout FormErrors, field: String = "password") {
        if password.isEmpty {
            errors.add(field, AccountsText.required)
        } else if password.count < passwordMinimum {
            errors.add(field, AccountsText.passwordTooShort)
        } else if password.utf8.count > passwordMaximumBytes {
            errors.add(field, AccountsText.passwordTooLong)
        }
    }

    static func checkText(_ text: String, maximum: Int, required: Bool, into errors: inout FormErrors, field: String) {
        if required && text.isEmpty {
            errors.add(field, AccountsText.required)
        } else if text.count > maximum {
            errors.add(field, AccountsText.tooLong(maximum))
        }
    }

    /// Trims surrounding white space and folds line breaks out of one-line fields.
    static func singleLine(_ text: String?) -> String {
        (text ?? "").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func multiLine(_ text: String?) -> String {
        (text ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
