import Fluent
import Foundation
import TreffpunktCore

/// The parameters of `/oauth/authorize` as the app sent them, unchecked.
struct AuthorizationParameters: Sendable {
    var responseType: String?
    var clientID: String?
    var redirectURI: String?
    var scope: String?
    var state: String?
    var codeChallenge: String?
    var codeChallengeMethod: String?

    /// The consent page's own address for these parameters, for coming back after the login.
    var path: String {
        "/oauth/authorize?" + QueryString.build([
            "response_type": responseType, "client_id": clientID, "redirect_uri": redirectURI, "scope": scope,
            "state": state, "code_challenge": codeChallenge, "code_challenge_method": codeChallengeMethod,
        ])
    }
}

/// An authorization request that passed every check against the app's registration.
struct AuthorizationRequest: Sendable {
    let application: OAuthApplication
    let redirectURI: String
    let scopes: [String]
    let state: String?
    let codeChallenge: String?

    var isOutOfBand: Bool { redirectURI == RedirectURIs.outOfBand }
}

/// The authorization step of OAuth's code flow: checks what an app asks for and, once the member
/// agrees, issues a short-lived, single-use code.
struct AuthorizationService {
    static let codeLifetime: TimeInterval = 10 * 60

    let database: any Database

    /// The request, or the reason it cannot go on. The client and the redirect URI are checked first:
    /// until both are known to be registered, nothing may be sent to that address.
    func check(_ parameters: AuthorizationParameters) async throws -> Result<AuthorizationRequest, AuthorizationProblem> {
        guard let application = try await ApplicationService(database: database).application(clientID: parameters.clientID) else {
            return .failure(AuthorizationProblem(AccountsText.unknownClient))
        }
        guard let redirectURI = parameters.redirectURI, application.redirectURIList.contains(redirectURI) else {
            return .failure(AuthorizationProblem(AccountsText.redirectURINotRegistered))
        }
        guard parameters.responseType == "code" else {
            return .failure(AuthorizationProblem(AccountsText.unsupportedResponseType))
        }
        let scopes = OAuthScopes.parse(parameters.scope)
        let unknown = OAuthScopes.unknown(in: scopes)
        guard unknown.isEmpty else {
            return .failure(AuthorizationProblem(AccountsText.unknownScopes(unknown.map { String($0.prefix(50)) })))
        }
        let unregistered = OAuthScopes.uncovered(scopes, by: application.scopeList)
        guard unregistered.isEmpty else {
            return .failure(AuthorizationProblem(AccountsText.scopesNotRegistered(unregistered)))
        }
        let challenge = parameters.codeChallenge.flatMap { $0.isEmpty ? nil : $0 }
        let method = parameters.codeChallengeMethod.flatMap { $0.isEmpty ? nil : $0 }
        if challenge != nil || method != nil {
            guard let challenge, method == PKCE.method, PKCE.isWellFormed(challenge) else {
                return .failure(AuthorizationProblem(AccountsText.invalidCodeChallenge))
            }
        }
        return .success(AuthorizationRequest(application: application, redirectURI: redirectURI, scopes: scopes,
                                             state: parameters.state, codeChallenge: challenge))
    }

    /// Issues the code for the member's consent; it is returned this once and stored as a digest.
    func approve(_ request: AuthorizationRequest, by userID: Int64, now: Date = Date()) async throws -> String {
        // Expired codes are of no use to anyone: sweep them while we are here.
        try await OAuthAuthorizationCode.query(on: database).filter(\.$expiresAt < now).delete()
        let code = RandomToken.make()
        let record = OAuthAuthorizationCode(applicationID: request.application.requireID(), userID: userID,
                                            codeDigest: RandomToken.digest(code), redirectURI: request.redirectURI,
                                            scopes: request.scopes, codeChallenge: request.codeChallenge,
                                            expiresAt: now.addingTimeInterval(Self.codeLifetime))
        try await record.create(on: database)
        return code
    }
}

/// Why an authorization request cannot go on; shown on an error page, never sent to the app.
struct AuthorizationProblem: Error, Sendable {
    let message: LocalizedText

    init(_ message: LocalizedText) {
        self.message = message
    }
}
