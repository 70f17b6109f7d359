import Accounts
import Foundation
import TreffpunktCore
import Vapor

/// Who a streaming request reads as. Besides what every API request accepts (the `Authorization` header,
/// the browser's session cookie), Mastodon's streaming API takes the token as `access_token` query or as
/// the WebSocket protocol. A session may open a stream only from this server's own pages: WebSockets
/// are not bound by the same-origin policy, so a foreign page could otherwise read a member's stream.
enum StreamingAccess {
    /// The reader, or `nil` for a visitor; a bad token is refused with 401, a foreign page with 403.
    static func viewer(of request: Request, protocolToken: String?) async throws -> Viewer? {
        if request.headers.bearerAuthorization == nil,
           let token = request.query[String.self, at: "access_token"] ?? protocolToken, !token.isEmpty {
            try await request.requireAccessToken(token)
        }
        guard let viewer = request.viewer else { return nil }
        if viewer.tokenScopes == nil && !isSameOrigin(request) {
            throw Abort(.forbidden, reason: RealtimeText.foreignOrigin(request.language))
        }
        return viewer
    }

    /// The token a WebSocket client sent as its protocol (`Sec-WebSocket-Protocol: <token>`), which the
    /// answer must name again or browsers drop the connection.
    static func protocolToken(of request: Request) -> String? {
        request.headers.first(name: "Sec-WebSocket-Protocol")?
            .split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A browser names the page that opens a WebSocket in `Origin`; it must be this server (Core's rule).
    /// Server-sent events are bound by the same-origin policy and browsers send no `Origin` to the same
    /// origin, so there only a foreign one is refused.
    private static func isSameOrigin(_ request: Request) -> Bool {
        request.isSameOrigin(absentCounts: !request.headers.contains(name: "Sec-WebSocket-Key"))
    }
}
