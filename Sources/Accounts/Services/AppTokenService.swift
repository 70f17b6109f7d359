import Fluent
import Foundation
import TreffpunktCore

/// Tokens of an app acting for itself (OAuth `client_credentials`), such as a client about to register a member.
struct AppTokenService {
    let database: any Database

    /// Creates a token and returns it with its plain text, which is shown once and stored only as a digest.
    func create(for applicationID: Int64, scopes: [String]) async throws -> (AppToken, token: String) {
        let token = RandomToken.make()
        let record = AppToken(applicationID: applicationID, tokenDigest: RandomToken.digest(token), scopes: scopes.joined(separator: " "))
        try await record.create(on: database)
        return (record, token)
    }

    /// The app token behind a bearer token, if it is known and not revoked.
    func authenticate(_ token: String, now: Date = Date()) async throws -> AppToken? {
        guard let record = try await find(token), record.revokedAt == nil else { return nil }
        // Record use at most hourly, as for members' tokens.
        if record.lastUsedAt.map({ now.timeIntervalSince($0) > 3600 }) ?? true {
            record.lastUsedAt = now
            try await record.save(on: database)
        }
        return record
    }

    func find(_ token: String) async throws -> AppToken? {
        try await AppToken.query(on: database).filter(\.$tokenDigest == RandomToken.digest(token)).first()
    }
}
