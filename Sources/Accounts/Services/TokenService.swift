import Fluent
import Foundation
import TreffpunktCore

/// Bearer tokens for the API: created for a member, checked on every API request, revoked at will.
struct TokenService {
    /// Everything a member's own token may do, in Mastodon's scope names.
    static let fullScopes = "read write follow push"

    let database: any Database

    /// Creates a token and returns it with its plain text, which is shown once and stored only as a digest.
    /// `applicationID` names the registered app the member authorised, for tokens issued through OAuth.
    func create(for userID: Int64, name: String, scopes: String = fullScopes, expiresAt: Date? = nil,
                applicationID: Int64? = nil) async throws -> (AccessToken, token: String) {
        let token = RandomToken.make()
        let record = AccessToken(userID: userID, name: name, tokenDigest: RandomToken.digest(token), scopes: scopes,
                                 expiresAt: expiresAt, applicationID: applicationID)
        try await record.create(on: database)
        return (record, token)
    }

    /// The member and token behind a bearer token, if it is known, unexpired and not revoked.
    /// - Throws: 403 for the token of an account whose e-mail address is not confirmed yet (Mastodon's answer).
    func authenticate(_ token: String, now: Date = Date()) async throws -> (User, AccessToken)? {
        guard let record = try await AccessToken.query(on: database)
            .filter(\.$tokenDigest == RandomToken.digest(token))
            .with(\.$user)
            .first() else { return nil }
        if record.revokedAt != nil { return nil }
        if let expiresAt = record.expiresAt, expiresAt <= now { return nil }
        // `POST /api/v1/accounts` hands out a token before the address is proven; it works once it is.
        guard record.user.emailConfirmedAt != nil else { throw UserFacingError(.forbidden, AccountsText.tokenEmailUnconfirmed) }
        // Record use at most hourly: the API must not write on every read.
        if record.lastUsedAt.map({ now.timeIntervalSince($0) > 3600 }) ?? true {
            record.lastUsedAt = now
            try await record.save(on: database)
        }
        return (record.user, record)
    }

    func list(for userID: Int64) async throws -> [AccessToken] {
        try await AccessToken.query(on: database)
            .filter(\.$user.$id == userID)
            .with(\.$application)
            .sort(\.$id, .descending)
            .all()
    }

    /// Revokes one of the member's own tokens; another member's token id counts as not found.
    func revoke(tokenID: Int64, of userID: Int64, now: Date = Date()) async throws -> Bool {
        guard let record = try await AccessToken.query(on: database)
            .filter(\.$id == tokenID)
            .filter(\.$user.$id == userID)
            .first() else { return false }
        if record.revokedAt == nil {
            record.revokedAt = now
            try await record.save(on: database)
        }
        return true
    }
}
