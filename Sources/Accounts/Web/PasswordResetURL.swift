import Foundation
import RoutingKit

/// The addresses of the password reset, used both to register routes and to build links.
enum PasswordResetURL: Equatable {
    /// The form that asks for the e-mail address.
    case request
    /// The link in the reset mail, and the form for the new password it opens.
    case reset(token: String)
    /// Where that form is sent, the token in its body.
    case setPassword

    var path: String {
        switch self {
        case .request: "/password/forgot"
        case .reset(let token):
            Self.setPassword.path + "?token=" + (token.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? "")
        case .setPassword: "/password/reset"
        }
    }

    /// RFC 3986's unreserved characters: a token (URL-safe base64) passes unchanged.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    var route: [PathComponent] {
        switch self {
        case .request: ["password", "forgot"]
        case .reset, .setPassword: ["password", "reset"]
        }
    }
}
