import Fluent
import Foundation
import TreffpunktCore

/// A conversation: one-to-one (two people, no name) or a group. Its newest message is kept on the
/// row, so the list of a member's chats, newest first, costs one query.
final class Chat: Model, @unchecked Sendable {
    static let schema = "chats"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @OptionalField(key: "name") var name: String?
    @Field(key: "is_group") var isGroup: Bool
    /// "smaller id:larger id" for a one-to-one chat, unique, so two people never get a second one
    /// even when both start it at the same moment; nil for groups.
    @OptionalField(key: "direct_key") var directKey: String?
    @Field(key: "created_by") var createdBy: Int64
    @OptionalField(key: "last_message_id") var lastMessageID: Int64?
    /// When the newest message came, or the chat was made: the order of the chat list.
    @Field(key: "last_message_at") var lastMessageAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String?, isGroup: Bool, directKey: String?, createdBy: Int64) {
        self.id = SnowflakeID.next()
        self.name = name
        self.isGroup = isGroup
        self.directKey = directKey
        self.createdBy = createdBy
        self.lastMessageAt = Date()
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored chat always has an id") }
        return id
    }

    static func directKey(_ a: Int64, _ b: Int64) -> String {
        "\(min(a, b)):\(max(a, b))"
    }
}
