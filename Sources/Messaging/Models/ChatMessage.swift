import Fluent
import Foundation
import TreffpunktCore

/// One message. The text is kept as written and as the safe HTML made from it when it was written
/// (every character escaped, links and mentions as links). A deleted message stays as a tombstone
/// without its text, so the conversation keeps its shape.
final class ChatMessage: Model, @unchecked Sendable {
    static let schema = "chat_messages"
    static let maximumLength = 5_000

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "chat_id") var chatID: Int64
    @Field(key: "author_id") var authorID: Int64
    @Field(key: "text") var text: String
    @Field(key: "html") var html: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "edited_at") var editedAt: Date?
    @OptionalField(key: "deleted_at") var deletedAt: Date?

    init() {}

    init(chatID: Int64, authorID: Int64, text: String, html: String) {
        self.id = SnowflakeID.next()
        self.chatID = chatID
        self.authorID = authorID
        self.text = text
        self.html = html
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored message always has an id") }
        return id
    }

    var isDeleted: Bool { deletedAt != nil }
}
