import Fluent
import Foundation
import TreffpunktCore

extension TokenService {
    /// Signs every app out of the member's account: all access tokens are revoked, and authorization
    /// codes not yet exchanged expire, so none can still buy a token. A password change does this on request.
    func revokeAll(of userID: Int64, now: Date) async throws {
        try await AccessToken.query(on: database)
            .filter(\.$user.$id == userID)
            .filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now)
            .update()
        try await OAuthAuthorizationCode.query(on: database)
            .filter(\.$user.$id == userID)
            .filter(\.$usedAt == nil)
            .filter(\.$expiresAt > now)
            .set(\.$expiresAt, to: now)
            .update()
    }
}
