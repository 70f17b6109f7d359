import Fluent
import Foundation
import TreffpunktCore

/// A bearer token for the API. Only the token's SHA-256 digest is stored; the token itself is shown once.
final class AccessToken: Model, @unchecked Sendable {
    static let schema = "access_tokens"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Parent(key: "user_id") var user: User
    /// What the member called it ("Mastodon-App auf dem Handy").
    @Field(key: "name") var name: String
    @Field(key: "token_digest") var tokenDigest: String
    /// Space-separated OAuth scopes, as Mastodon writes them.
    @Field(key: "scopes") var scopes: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "expires_at") var expiresAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    /// The registered app the member authorised; `nil` for a token the member made in the settings.
    @OptionalParent(key: "application_id") var application: OAuthApplication?

    init() {}

    init(userID: Int64, name: String, tokenDigest: String, scopes: String, expiresAt: Date?, applicationID: Int64? = nil) {
        self.id = SnowflakeID.next()
        self.$user.id = userID
        self.$application.id = applicationID
        self.name = name
        self.tokenDigest = tokenDigest
        self.scopes = scopes
        self.expiresAt = expiresAt
    }

    var scopeSet: Set<String> {
        Set(scopes.split(separator: " ").map(String.init))
    }
}

