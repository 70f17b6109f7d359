import TreffpunktCore
import Vapor

/// An error of the OAuth endpoints in OAuth's own terms (RFC 6749, 5.2): a code clients act on,
/// a sentence for people, and the status that goes with them.
struct OAuthError: Error, Sendable {
    enum Code: String, Sendable {
        case invalidRequest = "invalid_request"
        case invalidClient = "invalid_client"
        case invalidGrant = "invalid_grant"
        case unauthorizedClient = "unauthorized_client"
        case unsupportedGrantType = "unsupported_grant_type"
        case invalidScope = "invalid_scope"
    }

    let code: Code
    let description: LocalizedText
    let status: HTTPResponseStatus
    /// Seconds to wait, when the login throttle refused a password grant.
    var retryAfter: Int?

    init(_ code: Code, _ description: LocalizedText, status: HTTPResponseStatus? = nil, retryAfter: Int? = nil) {
        self.code = code
        self.description = description
        // A client that failed to identify itself is unauthorised; everything else is a bad request.
        self.status = status ?? (code == .invalidClient ? .unauthorized : .badRequest)
        self.retryAfter = retryAfter
    }
}
