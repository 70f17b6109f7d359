import Social
import Vapor

/// Bodies of the chat API, form-encoded (`account_ids[]=…`, as Mastodon.py sends) or JSON; ids as
/// numbers or strings.
struct ChatCreateForm: Content {
    var account_ids: [FlexibleID]?
    var name: String?
}

struct ChatRenameForm: Content {
    var name: String?
}

struct ChatParticipantsForm: Content {
    var account_ids: [FlexibleID]?
}

struct ChatMessageForm: Content {
    var content: String?
    var media_ids: [FlexibleID]?
}

struct ChatReadForm: Content {
    var last_read_id: FlexibleID?
}

extension Array where Element == FlexibleID {
    var ids: [Int64] { compactMap(\.value) }
}
