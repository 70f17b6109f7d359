import Crypto
import Vapor

extension Request {
    /// The session's anti-forgery token, created on first use. Every form carries it as `_csrf`.
    package func csrfToken() -> String {
        if let token = session.data[SessionKeys.csrfToken] { return token }
        let token = RandomToken.make()
        session.data[SessionKeys.csrfToken] = token
        return token
    }
}

extension Request {
    /// Whether `sent` is this session's form token (compared in constant time).
    func isSessionCSRFToken(_ sent: String?) -> Bool {
        guard let sent, hasSessionCookie, let expected = session.data[SessionKeys.csrfToken] else { return false }
        return RandomToken.constantTimeEquals(sent, expected)
    }
}

/// Refuses state-changing requests whose `_csrf` field (or `X-CSRF-Token` header) does not match the session.
package struct CSRFMiddleware: AsyncMiddleware {
    package static let fieldName = "_csrf"

    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method) else {
            return try await next.respond(to: request)
        }
        let sent = request.headers.first(name: "X-CSRF-Token")
            ?? (try? request.content.get(String.self, at: Self.fieldName))
            ?? multipartToken(request)
        guard request.isSessionCSRFToken(sent) else {
            throw Abort(.forbidden, reason: CoreText.csrfRejected(request.language))
        }
        return try await next.respond(to: request)
    }

    /// A form with files is read as it streams in, after this middleware: its token travels in the
    /// form's address instead (`?_csrf=`), which only pages of this site know.
    private func multipartToken(_ request: Request) -> String? {
        guard request.carriesFiles else { return nil }
        return request.query[String.self, at: Self.fieldName]
    }
}
