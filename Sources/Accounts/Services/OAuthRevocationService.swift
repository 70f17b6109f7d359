import Fluent
import Foundation
import TreffpunktCore

/// `POST /oauth/revoke` (RFC 7009): an app withdraws a token it was given.
struct OAuthRevocationService {
    let database: any Database

    /// Revokes the token if it was issued to the app. An unknown token counts as revoked already,
    /// so the answer reveals nothing; a token of another app or a member's own is refused.
    func revoke(token: String?, clientID: String?, clientSecret: String?, now: Date = Date()) async throws {
        guard let application = try await ApplicationService(database: database)
            .authenticate(clientID: clientID, clientSecret: clientSecret) else {
            throw OAuthError(.unauthorizedClient, AccountsText.revokeNotAllowed, status: .forbidden)
        }
        guard let token, !token.isEmpty else {
            throw OAuthError(.invalidRequest, AccountsText.parameterMissing("token"))
        }
        let refused = OAuthError(.unauthorizedClient, AccountsText.revokeNotAllowed, status: .forbidden)
        let digest = RandomToken.digest(token)
        if let userToken = try await AccessToken.query(on: database).filter(\.$tokenDigest == digest).first() {
            guard userToken.$application.id == application.id else { throw refused }
            if userToken.revokedAt == nil {
                userToken.revokedAt = now
                try await userToken.save(on: database)
            }
        } else if let appToken = try await AppTokenService(database: database).find(token) {
            guard appToken.$application.id == application.id else { throw refused }
            if appToken.revokedAt == nil {
                appToken.revokedAt = now
                try await appToken.save(on: database)
            }
        }
    }
}
