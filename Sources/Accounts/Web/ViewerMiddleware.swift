import Fluent
import TreffpunktCore
import Vapor

/// Resolves who a request acts for: a bearer token (`Authorization: Bearer …`) or the signed-in
/// browser session. A bad token is refused outright, so a client never mistakes it for a visitor's view.
/// An app token signs in no member: the request views as a visitor's, but `callingApp` names the app.
///
/// Bearer tokens sign in only under `/api` (the streaming API included), where every route checks the
/// token's scopes. Web routes know sessions only: they check no scopes, and a form token is handed out
/// by any page, so a token there would let a `read` token publish, befriend or mint a full token.
struct ViewerMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization, Self.isAPI(request.url.path) {
            if Self.isInstanceMetadata(request.url.path) {
                // Answered whatever the token: revoked, unknown or of an unconfirmed address.
                _ = try? await request.authenticate(accessToken: bearer.token)
            } else if try await !request.authenticate(accessToken: bearer.token) {
                throw Abort(.unauthorized, reason: AccountsText.tokenInvalid(request.language))
            }
        } else if request.hasSessionCookie, let stored = request.session.data[SessionKeys.userID], let id = Int64(stored) {
            let epoch = request.session.data[SessionKeys.authEpoch].flatMap(Int.init) ?? -1
            if let user = try await User.find(id, on: request.db), user.authEpoch == epoch {
                request.signIn(user, tokenScopes: nil)
            } else {
                // Deleted account or changed password: this session no longer signs anyone in.
                request.session.data[SessionKeys.userID] = nil
                request.session.data[SessionKeys.authEpoch] = nil
            }
        }
        return try await next.respond(to: request)
    }

    private static func isAPI(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }

    /// The instance's description is the same for everyone, and Mastodon answers it whatever token comes
    /// along: clients such as Mastodon.py read it first, before they can learn that their token was revoked.
    private static func isInstanceMetadata(_ path: String) -> Bool {
        var path = path
        while path.hasSuffix("/") { path.removeLast() }
        return path == "/api/v1/instance" || path == "/api/v2/instance" || path.hasPrefix("/api/v1/instance/")
    }
}

extension Request {
    private struct CurrentUserKey: StorageKey {
        typealias Value = User
    }

    /// Signs the request in with an API token, wherever it came from: the `Authorization` header, or the
    /// streaming API's `access_token` query and WebSocket protocol. A member's token signs the member in;
    /// an app's token only names the app. False when the token is unknown, expired or revoked.
    package func authenticate(accessToken: String) async throws -> Bool {
        if let (user, token) = try await TokenService(database: db).authenticate(accessToken) {
            signIn(user, tokenScopes: token.scopeSet)
            if let applicationID = token.$application.id {
                callingApp = CallingApp(applicationID: applicationID, scopes: token.scopeSet, isAppOnly: false)
            }
            return true
        }
        if let appToken = try await AppTokenService(database: db).authenticate(accessToken) {
            callingApp = CallingApp(applicationID: appToken.$application.id, scopes: appToken.scopeSet, isAppOnly: true)
            return true
        }
        return false
    }

    /// Like `authenticate(accessToken:)`, but an unknown, expired or revoked token is refused with 401.
    package func requireAccessToken(_ accessToken: String) async throws {
        guard try await authenticate(accessToken: accessToken) else {
            throw Abort(.unauthorized, reason: AccountsText.tokenInvalid(language))
        }
    }

    fileprivate func signIn(_ user: User, tokenScopes: Set<String>?) {
        storage[CurrentUserKey.self] = user
        viewer = Viewer(id: user.requireID(), username: user.username, displayName: user.displayName,
                        role: user.role, language: user.language, isEmployee: user.affiliation.isEmployee, tokenScopes: tokenScopes)
    }

    /// The signed-in member's full record; visitors get 401 (pages turn that into the login form).
    func requireUser() throws -> User {
        guard let user = storage[CurrentUserKey.self] else {
            throw Abort(.unauthorized, reason: CoreText.loginRequired(language))
        }
        return user
    }

    /// Starts a fresh session for a member who just proved who they are. A new session id
    /// defeats session fixation; the visitor's language choice carries over.
    func startSession(for user: User) async throws {
        let language = hasSessionCookie ? session.data[SessionKeys.language] : nil
        try await replaceSession()
        session.data[SessionKeys.userID] = String(user.requireID())
        session.data[SessionKeys.authEpoch] = String(user.authEpoch)
        session.data[SessionKeys.language] = language
        signIn(user, tokenScopes: nil)
    }

    /// Ends the member's session; a new, empty one carries the goodbye message.
    func endSession() async throws {
        try await replaceSession()
        storage[CurrentUserKey.self] = nil
        viewer = nil
    }

    /// After a password change the current session keeps its place under the new epoch.
    func refreshSession(for user: User) {
        session.data[SessionKeys.authEpoch] = String(user.authEpoch)
        signIn(user, tokenScopes: nil)
    }

    private func replaceSession() async throws {
        if hasSessionCookie, let oldID = session.id {
            try await application.sessions.driver.deleteSession(oldID, for: self).get()
        }
        session.id = nil
        session.data = SessionData()
    }

    var passwordHashing: PasswordHashing { PasswordHashing(application: application) }
}
