import Accounts
import Vapor

/// A chat in the chat API's shape: the other participants, the reader's unread count and read mark,
/// and the newest message; also the payload of the live event `chat.conversation`.
struct APIChat: Content {
    let id: String
    let name: String?
    let is_group: Bool
    let accounts: [MastodonAccount]
    let unread: Int
    let last_message: APIMessage?
    let last_read_id: String?

    /// `null` stays in the JSON, as clients expect the field to exist.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(is_group, forKey: .is_group)
        try container.encode(accounts, forKey: .accounts)
        try container.encode(unread, forKey: .unread)
        try container.encode(last_message, forKey: .last_message)
        try container.encode(last_read_id, forKey: .last_read_id)
    }
}
