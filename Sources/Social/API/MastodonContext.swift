import Vapor

/// Mastodon's `Context`: what a status answers and what answers it, oldest first.
struct MastodonContext: Content {
    let ancestors: [MastodonStatus]
    let descendants: [MastodonStatus]
}
