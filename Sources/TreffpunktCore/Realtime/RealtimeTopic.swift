/// Where a live event goes. A connection subscribes to topics; whoever publishes decides, through the
/// visibility policy, which topics may receive an event, so nothing reaches a reader the policy refuses.
package enum RealtimeTopic: Sendable, Hashable {
    /// One member's home timeline and notifications (Mastodon's `user` stream).
    case user(Int64)
    /// Public posts (Mastodon's `public` and `public:local`: every account here is local).
    case publicTimeline
    /// Public posts carrying a hashtag (lower-cased name, without `#`).
    case hashtag(String)
    /// One member's direct conversations (Mastodon's `direct` stream).
    case direct(Int64)
    /// One member's chats: messages, edits, deletions, read receipts, typing (Treffpunkt's own stream).
    case chat(Int64)

    /// The form used on the wire between server processes, e.g. `user:42`, `hashtag:mittelstand`.
    package var key: String {
        switch self {
        case .user(let id): "user:\(id)"
        case .publicTimeline: "public"
        case .hashtag(let name): "hashtag:\(name)"
        case .direct(let id): "direct:\(id)"
        case .chat(let id): "chat:\(id)"
        }
    }

    package init?(key: String) {
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("public", 1): self = .publicTimeline
        case ("hashtag", 2) where !parts[1].isEmpty: self = .hashtag(parts[1])
        case ("user", 2): guard let id = Int64(parts[1]) else { return nil }; self = .user(id)
        case ("direct", 2): guard let id = Int64(parts[1]) else { return nil }; self = .direct(id)
        case ("chat", 2): guard let id = Int64(parts[1]) else { return nil }; self = .chat(id)
        default: return nil
        }
    }
}
