import Fluent
import Foundation
import TreffpunktCore

/// A bearer token for an app alone (OAuth `client_credentials`): it signs in no member, so it lives
/// apart from `AccessToken`, whose member is required. Stored only as a digest.
final class AppToken: Model, @unchecked Sendable {
    static let schema = "oauth_app_tokens"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Parent(key: "application_id") var application: OAuthApplication
    @Field(key: "token_digest") var tokenDigest: String
    @Field(key: "scopes") var scopes: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(applicationID: Int64, tokenDigest: String, scopes: String) {
        self.id = SnowflakeID.next()
        self.$application.id = applicationID
        self.tokenDigest = tokenDigest
        self.scopes = scopes
    }

    var scopeSet: Set<String> {
        Set(scopes.split(separator: " ").map(String.init))
    }
}
