import Fluent
import Foundation
import TreffpunktCore

/// One failed login, counted per account and per network address to slow down password guessing.
/// Kept in the database so that several server processes count together.
final class LoginFailure: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// `account:<lower-cased name or e-mail>` or `address:<ip>`.
    @Field(key: "subject") var subject: String
    @Field(key: "failed_at") var failedAt: Date

    init() {}

    init(subject: String, failedAt: Date) {
        self.id = SnowflakeID.next()
        self.subject = subject
        self.failedAt = failedAt
    }
}
