import Fluent
import Foundation
import TreffpunktCore

/// A link mailed to set a new password: single use, valid for an hour. Only the token's digest is stored.
final class PasswordReset: Model, @unchecked Sendable {
    static let schema = "password_resets"
    static let validity: TimeInterval = 3600

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_digest") var tokenDigest: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(userID: Int64, tokenDigest: String, now: Date) {
        self.id = SnowflakeID.next(at: now)
        self.$user.id = userID
        self.tokenDigest = tokenDigest
        self.createdAt = now
        self.expiresAt = now.addingTimeInterval(Self.validity)
        self.usedAt = nil
    }
}
