import Fluent
import Foundation
import TreffpunktCore

/// A link mailed to set a password: single use, valid for an hour after "forgot your password?", for
/// `invitationValidity` when it invites an imported member. Only the token's digest is stored.
final class PasswordReset: Model, @unchecked Sendable {
    static let schema = "password_resets"
    static let validity: TimeInterval = 3600
    static let invitationValidity: TimeInterval = 7 * 24 * 3600

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_digest") var tokenDigest: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(userID: Int64, tokenDigest: String, now: Date, validity: TimeInterval = PasswordReset.validity) {
        self.id = SnowflakeID.next(at: now)
        self.$user.id = userID
        self.tokenDigest = tokenDigest
        self.createdAt = now
        self.expiresAt = now.addingTimeInterval(validity)
        self.usedAt = nil
    }
}
