import TreffpunktCore
import Vapor

/// The registered app behind a request's bearer token, and what that token may do.
struct CallingApp: Sendable {
    let applicationID: Int64
    let scopes: Set<String>
    /// An app token (`client_credentials`) acts for the app alone: no member is signed in.
    let isAppOnly: Bool
}

extension Request {
    private struct CallingAppKey: StorageKey {
        typealias Value = CallingApp
    }

    /// Set by the viewer middleware for tokens issued to a registered app; `nil` for sessions and personal tokens.
    var callingApp: CallingApp? {
        get { storage[CallingAppKey.self] }
        set { storage[CallingAppKey.self] = newValue }
    }

    /// The app acting for itself with one of the scopes. Without a token: 401; a member's token or
    /// a missing scope: 403.
    func requireAppToken(scopes accepted: String...) throws -> CallingApp {
        guard let app = callingApp, app.isAppOnly else {
            let status: HTTPResponseStatus = viewer == nil ? .unauthorized : .forbidden
            throw Abort(status, reason: AccountsText.appTokenRequired(language))
        }
        guard accepted.contains(where: app.scopes.contains) else {
            throw Abort(.forbidden, reason: CoreText.outsideScopes(language))
        }
        return app
    }
}
