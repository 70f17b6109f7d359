import Vapor

/// The plain text of a post for editing (Mastodon's `StatusSource`).
struct MastodonStatusSource: Content {
    let id: String
    let text: String
    let spoiler_text: String
}
