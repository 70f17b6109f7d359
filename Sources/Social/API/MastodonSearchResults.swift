import Accounts
import Vapor

/// Mastodon's `Search` (v2): accounts, statuses and hashtags.
struct MastodonSearchResults: Content {
    let accounts: [MastodonAccount]
    let statuses: [MastodonStatus]
    let hashtags: [MastodonTag]
}
