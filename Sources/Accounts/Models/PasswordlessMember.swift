import Fluent
import Foundation
import TreffpunktCore

/// A member created without a password of their own (by the HR import), until they set one through a
/// mailed link: the people a "set your password" invitation goes to.
final class PasswordlessMember: Model, @unchecked Sendable {
    static let schema = "passwordless_members"

    /// The member's user id.
    @ID(custom: "user_id", generatedBy: .user) var id: Int64?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(userID: Int64, now: Date) {
        self.id = userID
        self.createdAt = now
    }
}
