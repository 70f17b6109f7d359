import Accounts
import Vapor

/// One version of a post in Mastodon's edit history (`StatusEdit`).
struct MastodonStatusEdit: Content {
    let content: String
    let spoiler_text: String
    let sensitive: Bool
    let created_at: String
    let account: MastodonAccount
    let media_attachments: [String]
    let emojis: [String]

    init(content: String, createdAt: String, account: MastodonAccount) {
        self.content = content
        spoiler_text = ""
        sensitive = false
        created_at = createdAt
        self.account = account
        media_attachments = []
        emojis = []
    }
}
