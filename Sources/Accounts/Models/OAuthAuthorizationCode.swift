import Fluent
import Foundation
import TreffpunktCore

/// What a member granted an app on the consent page, exchanged once for an access token at `/oauth/token`.
/// Only the code's digest is stored; it is bound to the app, the member, the redirect URI, the scopes
/// and, with PKCE, the code challenge.
final class OAuthAuthorizationCode: Model, @unchecked Sendable {
    static let schema = "oauth_authorization_codes"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Parent(key: "application_id") var application: OAuthApplication
    @Parent(key: "user_id") var user: User
    @Field(key: "code_digest") var codeDigest: String
    @Field(key: "redirect_uri") var redirectURI: String
    @Field(key: "scopes") var scopes: String
    /// BASE64URL(SHA-256(verifier)); only the S256 method is offered, as in Mastodon.
    @OptionalField(key: "code_challenge") var codeChallenge: String?
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    /// The token the code was exchanged for: revoked when someone replays the code.
    @OptionalParent(key: "access_token_id") var accessToken: AccessToken?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(applicationID: Int64, userID: Int64, codeDigest: String, redirectURI: String, scopes: [String],
         codeChallenge: String?, expiresAt: Date) {
        self.id = SnowflakeID.next()
        self.$application.id = applicationID
        self.$user.id = userID
        self.codeDigest = codeDigest
        self.redirectURI = redirectURI
        self.scopes = scopes.joined(separator: " ")
        self.codeChallenge = codeChallenge
        self.expiresAt = expiresAt
    }
}
