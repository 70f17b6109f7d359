import Accounts
import Media
import Vapor

/// One version of a post in Mastodon's edit history (`StatusEdit`).
struct MastodonStatusEdit: Content {
    let content: String
    let spoiler_text: String
    let sensitive: Bool
    let created_at: String
    let account: MastodonAccount
    let media_attachments: [MastodonMediaAttachment]
    let emojis: [String]

    init(content: String, createdAt: String, account: MastodonAccount, media: [MastodonMediaAttachment]) {
        self.content = content
        spoiler_text = ""
        sensitive = false
        created_at = createdAt
        self.account = account
        media_attachments = media
        emojis = []
    }
}
