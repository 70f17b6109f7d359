import Fluent
import Foundation
import TreffpunktCore

/// The parameters of `POST /oauth/token`, unchecked; `nil` stands for a parameter the client left out.
struct TokenRequest: Sendable {
    var grantType: String?
    var clientID: String?
    var clientSecret: String?
    var code: String?
    var redirectURI: String?
    var codeVerifier: String?
    var scope: String?
    var username: String?
    var password: String?
}

/// A token just issued: its plain text is in the answer and nowhere else.
struct IssuedToken: Sendable {
    let token: String
    let scopes: String
    let createdAt: Date
}

/// The token endpoint's grants: a code from the consent page, a member's password, or the app's own credentials.
struct OAuthGrantService {
    enum Grant: String {
        case authorizationCode = "authorization_code"
        case password
        case clientCredentials = "client_credentials"
    }

    let database: any Database
    let config: AppConfig
    let hashing: PasswordHashing

    /// Issues a token or throws an `OAuthError` saying why not.
    func issue(_ request: TokenRequest, address: String?, now: Date = Date()) async throws -> IssuedToken {
        guard let grantName = Self.present(request.grantType) else {
            throw OAuthError(.invalidRequest, AccountsText.grantTypeMissing)
        }
        guard let grant = Grant(rawValue: grantName) else {
            throw OAuthError(.unsupportedGrantType, AccountsText.unsupportedGrantType(String(grantName.prefix(50))))
        }
        guard let application = try await ApplicationService(database: database)
            .authenticate(clientID: request.clientID, clientSecret: request.clientSecret) else {
            throw OAuthError(.invalidClient, AccountsText.clientAuthenticationFailed)
        }
        switch grant {
        case .authorizationCode: return try await exchangeCode(request, application: application, now: now)
        case .password: return try await logIn(request, application: application, address: address, now: now)
        case .clientCredentials: return try await appToken(request, application: application)
        }
    }

    private func exchangeCode(_ request: TokenRequest, application: OAuthApplication, now: Date) async throws -> IssuedToken {
        guard let code = Self.present(request.code) else { throw OAuthError(.invalidRequest, AccountsText.parameterMissing("code")) }
        guard let redirectURI = Self.present(request.redirectURI) else {
            throw OAuthError(.invalidRequest, AccountsText.parameterMissing("redirect_uri"))
        }
        let invalid = OAuthError(.invalidGrant, AccountsText.codeInvalid)
        guard let record = try await OAuthAuthorizationCode.query(on: database)
            .filter(\.$codeDigest == RandomToken.digest(code))
            .first(), record.$application.id == application.id, let recordID = record.id else { throw invalid }
        if record.usedAt != nil {
            // A code presented twice may have been intercepted: the token it bought is revoked as well (RFC 6749, 4.1.2).
            if let tokenID = record.$accessToken.id {
                try await AccessToken.query(on: database)
                    .filter(\.$id == tokenID)
                    .filter(\.$revokedAt == nil)
                    .set(\.$revokedAt, to: now)
                    .update()
            }
            throw invalid
        }
        guard record.expiresAt > now, record.redirectURI == redirectURI else { throw invalid }
        switch (record.codeChallenge, Self.present(request.codeVerifier)) {
        case (nil, nil):
            break
        case (let challenge?, let verifier?) where PKCE.verify(verifier, against: challenge):
            break
        default:
            // A verifier without a challenge is refused too, so PKCE cannot be stripped from a request unnoticed.
            throw OAuthError(.invalidGrant, AccountsText.codeVerifierInvalid)
        }
        return try await database.writeTransaction { transaction in
            let (token, plain) = try await TokenService(database: transaction)
                .create(for: record.$user.id, name: application.name, scopes: record.scopes, applicationID: application.requireID())
            // The conditional update lets only one of two racing exchanges mark the code; the loser rolls back its token.
            try await OAuthAuthorizationCode.query(on: transaction)
                .filter(\.$id == recordID)
                .filter(\.$usedAt == nil)
                .set(\.$usedAt, to: now)
                .set(\.$accessToken.$id, to: token.id)
                .update()
            guard try await OAuthAuthorizationCode.find(recordID, on: transaction)?.$accessToken.id == token.id else { throw invalid }
            return IssuedToken(token: plain, scopes: token.scopes, createdAt: token.createdAt ?? now)
        }
    }

    private func logIn(_ request: TokenRequest, application: OAuthApplication, address: String?, now: Date) async throws -> IssuedToken {
        guard let username = Self.present(request.username) else {
            throw OAuthError(.invalidRequest, AccountsText.parameterMissing("username"))
        }
        guard let password = request.password, !password.isEmpty else {
            throw OAuthError(.invalidRequest, AccountsText.parameterMissing("password"))
        }
        let scopes = try grantable(request.scope, for: application)
        let login = LoginService(database: database, config: config, hashing: hashing)
        switch try await login.login(identifier: username, password: password, address: address, now: now) {
        case .success(let user):
            let (token, plain) = try await TokenService(database: database)
                .create(for: user.requireID(), name: application.name, scopes: scopes.joined(separator: " "),
                        applicationID: application.requireID())
            return IssuedToken(token: plain, scopes: token.scopes, createdAt: token.createdAt ?? now)
        case .wrongCredentials:
            throw OAuthError(.invalidGrant, AccountsText.loginFailed)
        case .unconfirmed:
            throw OAuthError(.invalidGrant, AccountsText.emailUnconfirmed)
        case .throttled(let seconds):
            throw OAuthError(.invalidGrant, AccountsText.tooManyFailures(seconds: seconds), status: .tooManyRequests, retryAfter: seconds)
        }
    }

    private func appToken(_ request: TokenRequest, application: OAuthApplication) async throws -> IssuedToken {
        let scopes = try grantable(request.scope, for: application)
        let (token, plain) = try await AppTokenService(database: database).create(for: application.requireID(), scopes: scopes)
        return IssuedToken(token: plain, scopes: token.scopes, createdAt: token.createdAt ?? Date())
    }

    /// The requested scopes (by default `read`), if all are known and registered for the app.
    private func grantable(_ scope: String?, for application: OAuthApplication) throws -> [String] {
        let scopes = OAuthScopes.parse(scope)
        let unknown = OAuthScopes.unknown(in: scopes)
        guard unknown.isEmpty else {
            throw OAuthError(.invalidScope, AccountsText.unknownScopes(unknown.map { String($0.prefix(50)) }))
        }
        let unregistered = OAuthScopes.uncovered(scopes, by: application.scopeList)
        guard unregistered.isEmpty else { throw OAuthError(.invalidScope, AccountsText.scopesNotRegistered(unregistered)) }
        return scopes
    }

    private static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
