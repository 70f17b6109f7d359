import Accounts
import Media
import Vapor

/// A message in the chat API's shape (`content` is the safe HTML, `text` the source); the same JSON
/// travels as the payload of the live events `chat.message` and `chat.update`.
struct APIMessage: Content {
    let id: String
    let chat_id: String
    let account: MastodonAccount
    let content: String
    let text: String
    let created_at: String
    let edited_at: String?
    /// A deleted message keeps its place without text or attachments.
    let deleted: Bool
    let media_attachments: [MastodonMediaAttachment]
    let read_by: [String]

    /// `null` stays in the JSON, as clients expect the field to exist.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(chat_id, forKey: .chat_id)
        try container.encode(account, forKey: .account)
        try container.encode(content, forKey: .content)
        try container.encode(text, forKey: .text)
        try container.encode(created_at, forKey: .created_at)
        try container.encode(edited_at, forKey: .edited_at)
        try container.encode(deleted, forKey: .deleted)
        try container.encode(media_attachments, forKey: .media_attachments)
        try container.encode(read_by, forKey: .read_by)
    }
}
