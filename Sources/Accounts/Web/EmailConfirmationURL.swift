import Foundation
import RoutingKit

/// The addresses of e-mail confirmation, used both to register routes and to build links.
enum EmailConfirmationURL: Equatable {
    /// The link in the confirmation mail.
    case confirm(token: String)
    /// The login page's button that asks for a new link.
    case resend

    var path: String {
        switch self {
        case .confirm(let token):
            "/register/confirm?token=" + (token.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? "")
        case .resend: "/register/confirm/resend"
        }
    }

    /// RFC 3986's unreserved characters: a token (URL-safe base64) passes unchanged.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    var route: [PathComponent] {
        switch self {
        case .confirm: ["register", "confirm"]
        case .resend: ["register", "confirm", "resend"]
        }
    }
}
