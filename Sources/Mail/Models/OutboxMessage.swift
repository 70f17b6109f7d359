import Fluent
import Foundation
import TreffpunktCore

/// One e-mail Treffpunkt sends, from the moment a feature enqueues it until the server takes it or it is
/// given up. Its bodies are dropped once it is sent: they can carry single-use links.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "text_body") var textBody: String
    @Field(key: "html_body") var htmlBody: String
    @Field(key: "language") var language: AppLanguage
    @Field(key: "state") var state: OutboxState
    /// Delivery attempts begun so far; one is counted when a sender claims the message.
    @Field(key: "attempts") var attempts: Int
    /// When a sender may take it next (while `pending`).
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(_ mail: OutgoingMail, now: Date) {
        self.id = SnowflakeID.next(at: now)
        self.recipient = mail.recipient
        self.subject = mail.subject
        self.textBody = mail.text
        self.htmlBody = mail.html
        self.language = mail.language
        self.state = .pending
        self.attempts = 0
        self.nextAttemptAt = now
        self.lastError = nil
        self.createdAt = now
        self.sentAt = nil
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored outbox message always has an id") }
        return id
    }
}
