import Fluent
import TreffpunktCore
import Vapor

/// The endpoints clients call directly, without a browser session or form token:
/// `POST /oauth/token` and `POST /oauth/revoke`. Errors answer in OAuth's shape.
struct OAuthController {
    func boot(_ clients: any RoutesBuilder) {
        let oauth = clients.grouped("oauth")
        oauth.post("token", use: token)
        oauth.post("revoke", use: revoke)
    }

    private struct TokenForm: Decodable {
        var grant_type: String?
        var client_id: String?
        var client_secret: String?
        var code: String?
        var redirect_uri: String?
        var code_verifier: String?
        var scope: String?
        var username: String?
        var password: String?
    }

    private struct RevokeForm: Decodable {
        var client_id: String?
        var client_secret: String?
        var token: String?
    }

    @Sendable func token(req: Request) async throws -> Response {
        do {
            let form = try req.fields(TokenForm.self, orIfEmpty: TokenForm())
            let (clientID, clientSecret) = Self.clientCredentials(req, id: form.client_id, secret: form.client_secret)
            let request = TokenRequest(grantType: form.grant_type, clientID: clientID, clientSecret: clientSecret, code: form.code,
                                       redirectURI: form.redirect_uri, codeVerifier: form.code_verifier, scope: form.scope,
                                       username: form.username, password: form.password)
            let service = OAuthGrantService(database: req.db, config: req.config, hashing: req.passwordHashing)
            let issued = try await service.issue(request, address: req.remoteAddress?.ipAddress)
            let response = try await MastodonToken(issued).encodeResponse(for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            response.headers.replaceOrAdd(name: .pragma, value: "no-cache")
            return response
        } catch let error as OAuthError {
            return error.response(in: req.language)
        } catch is DecodingError {
            return OAuthError(.invalidRequest, CoreText.invalidBody).response(in: req.language)
        }
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        do {
            let form = try req.fields(RevokeForm.self, orIfEmpty: RevokeForm())
            let (clientID, clientSecret) = Self.clientCredentials(req, id: form.client_id, secret: form.client_secret)
            try await OAuthRevocationService(database: req.db).revoke(token: form.token, clientID: clientID, clientSecret: clientSecret)
            let response = Response(status: .ok)
            try response.content.encode([String: String](), as: .json)
            return response
        } catch let error as OAuthError {
            return error.response(in: req.language)
        } catch is DecodingError {
            return OAuthError(.invalidRequest, CoreText.invalidBody).response(in: req.language)
        }
    }

    /// Client credentials from the body, or else from HTTP Basic authentication (RFC 6749, 2.3.1).
    private static func clientCredentials(_ req: Request, id: String?, secret: String?) -> (String?, String?) {
        if id != nil || secret != nil { return (id, secret) }
        guard let basic = req.headers.basicAuthorization else { return (nil, nil) }
        return (basic.username.removingPercentEncoding ?? basic.username, basic.password.removingPercentEncoding ?? basic.password)
    }
}
