import Fluent
import Foundation
import TreffpunktCore

/// An admin's invitation to register while registration is closed. Used once; expires.
final class Invitation: Model, @unchecked Sendable {
    static let schema = "invitations"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "code_digest") var codeDigest: String
    /// When set, only this address may use the invitation.
    @OptionalField(key: "email") var email: String?
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalParent(key: "used_by") var usedBy: User?
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(codeDigest: String, email: String?, createdBy: Int64, expiresAt: Date) {
        self.id = SnowflakeID.next()
        self.codeDigest = codeDigest
        self.email = email?.lowercased()
        self.$createdBy.id = createdBy
        self.expiresAt = expiresAt
    }

    func isUsable(at date: Date) -> Bool {
        usedAt == nil && expiresAt > date
    }
}
