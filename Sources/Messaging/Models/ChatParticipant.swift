import Fluent
import Foundation

/// A member's place in a chat: since when, until when (left or removed; the row stays so adding them
/// again is the same row), and how far they have read.
final class ChatParticipant: Model, @unchecked Sendable {
    static let schema = "chat_participants"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "chat_id") var chatID: Int64
    @Field(key: "member_id") var memberID: Int64
    @Field(key: "joined_at") var joinedAt: Date
    /// Set when the member left or was removed: they no longer see the chat.
    @OptionalField(key: "left_at") var leftAt: Date?
    /// The newest message they have read; messages after it count as unread.
    @OptionalField(key: "last_read_message_id") var lastReadMessageID: Int64?

    init() {}

    init(chatID: Int64, memberID: Int64, lastReadMessageID: Int64?) {
        self.chatID = chatID
        self.memberID = memberID
        self.joinedAt = Date()
        self.lastReadMessageID = lastReadMessageID
    }

    var isActive: Bool { leftAt == nil }
}
