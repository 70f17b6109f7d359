import Accounts
import Vapor

/// Mastodon's `Conversation`: a direct thread as one participant sees it, with the other participants
/// and the thread's newest post. Its id is the thread's root post, the same for every participant.
struct MastodonConversation: Content {
    let id: String
    let unread: Bool
    let accounts: [MastodonAccount]
    let last_status: MastodonStatus?
}
