import Fluent
import Foundation
import TreffpunktCore

/// A person's own choice of notification mail; people without a row have the standard choice.
final class NotificationMailSetting: Model, @unchecked Sendable {
    static let schema = "notification_mail_settings"

    /// The member's id.
    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "choice") var choice: NotificationMailChoice
    /// When the last immediate mail was written, for the pause between two of them.
    @OptionalField(key: "last_mailed_at") var lastMailedAt: Date?

    init() {}

    init(memberID: Int64, choice: NotificationMailChoice) {
        self.id = memberID
        self.choice = choice
    }
}
