import Fluent
import TreffpunktCore
import Vapor

/// OAuth's authorization endpoint: `GET /oauth/authorize` shows the consent page to the signed-in member,
/// `POST /oauth/authorize` records the decision (behind the form token) and sends the browser back to the app.
/// Errors are rendered here as pages: the error middleware answers `/oauth/` paths in JSON.
struct AuthorizeController {
    func boot(_ web: any RoutesBuilder) {
        web.get("oauth", "authorize", use: show)
        web.post("oauth", "authorize", use: decide)
    }

    private struct AuthorizeFields: Decodable {
        var response_type: String?
        var client_id: String?
        var redirect_uri: String?
        var scope: String?
        var state: String?
        var code_challenge: String?
        var code_challenge_method: String?
        var force_login: String?
        var decision: String?

        var parameters: AuthorizationParameters {
            AuthorizationParameters(responseType: response_type, clientID: client_id, redirectURI: redirect_uri, scope: scope,
                                    state: state, codeChallenge: code_challenge, codeChallengeMethod: code_challenge_method)
        }

        /// Mastodon.py sends `True`, others `true` or `1`.
        var forcesLogin: Bool {
            ["1", "true", "yes", "on"].contains(force_login?.lowercased() ?? "")
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let fields = try req.query.decode(AuthorizeFields.self)
        let parameters = fields.parameters
        let request: AuthorizationRequest
        switch try await AuthorizationService(database: req.db).check(parameters) {
        case .success(let checked): request = checked
        case .failure(let problem): return try await problemPage(problem, req)
        }
        guard let user = Self.sessionUser(req) else { return Self.loginRedirect(req, parameters: parameters) }
        if fields.forcesLogin {
            // The login form in place: whoever logs in gets a fresh session and comes back here without
            // force_login, while the current member stays signed in if they go no further.
            let model = LoginPage.Model(next: parameters.path, registrationOpen: req.config.registrationMode != .closed)
            return LoginPage.render(model, context: try await req.pageContext()).response()
        }
        let model = AuthorizePage.Model(appName: request.application.name, appWebsite: request.application.website,
                                        scopes: request.scopes, username: user.username, parameters: parameters)
        let page = AuthorizePage.render(model, context: try await req.pageContext()).response()
        // The decision is answered with a redirect to the app, which the browser checks against this page's form-action.
        if !request.isOutOfBand { page.allowFormRedirect(to: request.redirectURI) }
        return page
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let fields = try req.content.decode(AuthorizeFields.self)
        let parameters = fields.parameters
        let service = AuthorizationService(database: req.db)
        let request: AuthorizationRequest
        switch try await service.check(parameters) {
        case .success(let checked): request = checked
        case .failure(let problem): return try await problemPage(problem, req)
        }
        guard let user = Self.sessionUser(req) else { return Self.loginRedirect(req, parameters: parameters) }
        let appName = request.application.name
        guard fields.decision == "authorize" else {
            if request.isOutOfBand {
                return AuthorizationResultPage.denied(appName: appName, context: try await req.pageContext()).response()
            }
            let target = RedirectURIs.url(request.redirectURI, adding: ["error": "access_denied", "state": request.state])
            return req.redirect(to: target, redirectType: .normal)
        }
        let code = try await service.approve(request, by: user.requireID())
        if request.isOutOfBand {
            return AuthorizationResultPage.code(code, appName: appName, context: try await req.pageContext()).response()
        }
        return req.redirect(to: RedirectURIs.url(request.redirectURI, adding: ["code": code, "state": request.state]), redirectType: .normal)
    }

    /// Only a member signed in with the browser may grant access: a bearer token must not mint more tokens.
    private static func sessionUser(_ req: Request) -> User? {
        guard let viewer = req.viewer, viewer.tokenScopes == nil else { return nil }
        return try? req.requireUser()
    }

    /// To the login form and back to this very request, every parameter kept.
    private static func loginRedirect(_ req: Request, parameters: AuthorizationParameters) -> Response {
        req.flash(.info, CoreText.loginRequired)
        return req.redirect(to: "\(SiteURL.login.path)?next=\(QueryString.encode(parameters.path))", redirectType: .normal)
    }

    private func problemPage(_ problem: AuthorizationProblem, _ req: Request) async throws -> Response {
        AuthorizationProblemPage.render(problem, context: try await req.pageContext()).response(status: .badRequest)
    }
}
