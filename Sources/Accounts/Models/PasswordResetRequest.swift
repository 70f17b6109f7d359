import Fluent
import Foundation
import TreffpunktCore

/// One request for a reset link, counted per e-mail address and per network address, whether or not
/// the address belongs to anyone, so the limit neither floods a mailbox nor tells who has an account.
final class PasswordResetRequest: Model, @unchecked Sendable {
    static let schema = "password_reset_requests"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// `email:<lower-cased address>` or `address:<ip>`.
    @Field(key: "subject") var subject: String
    @Field(key: "requested_at") var requestedAt: Date

    init() {}

    init(subject: String, requestedAt: Date) {
        self.id = SnowflakeID.next(at: requestedAt)
        self.subject = subject
        self.requestedAt = requestedAt
    }
}
