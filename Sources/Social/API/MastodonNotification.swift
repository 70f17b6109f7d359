import Accounts
import Vapor

/// A notification in the shape of Mastodon's `Notification`: who did it and, when it concerns a
/// post, the post (for a comment, the comment).
struct MastodonNotification: Content {
    let id: String
    let type: String
    let created_at: String
    /// Treffpunkt does not group notifications; Mastodon names an ungrouped one this way.
    let group_key: String
    let account: MastodonAccount
    let status: MastodonStatus?

    init(id: Int64, type: String, createdAt: String, account: MastodonAccount, status: MastodonStatus?) {
        self.id = String(id)
        self.type = type
        self.created_at = createdAt
        self.group_key = "ungrouped-\(id)"
        self.account = account
        self.status = status
    }

    private enum CodingKeys: String, CodingKey {
        case id, type, created_at, group_key, account, status
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(created_at, forKey: .created_at)
        try container.encode(group_key, forKey: .group_key)
        try container.encode(account, forKey: .account)
        try container.encode(status, forKey: .status)
    }
}
