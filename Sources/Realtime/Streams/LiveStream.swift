import TreffpunktCore

/// One stream a client asked for, by Mastodon's name (`user`, `public:local`, `hashtag` with its tag, …)
/// or Treffpunkt's `chat`, and where its events come from in the hub.
struct LiveStream: Hashable, Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case user
        case userNotification = "user:notification"
        case publicTimeline = "public"
        case publicLocal = "public:local"
        case hashtag
        case hashtagLocal = "hashtag:local"
        case direct
        case chat
    }

    let kind: Kind
    /// The hashtag as the client wrote it, without `#`; `nil` for other streams.
    let tag: String?

    /// Reads a stream name and its tag as a client sends them (query or subscribe message).
    init(name: String?, tag: String?) throws(StreamRequestError) {
        guard let name, !name.isEmpty else { throw .missingStream }
        guard let kind = Kind(rawValue: name) else { throw .unknownStream(name) }
        self.kind = kind
        if kind == .hashtag || kind == .hashtagLocal {
            let tag = (tag ?? "").trimmingCharacters(in: .whitespaces).drop { $0 == "#" }
            guard !tag.isEmpty else { throw .missingTag }
            self.tag = String(tag)
        } else {
            self.tag = nil
        }
    }

    /// Streams of one member (home, notifications, conversations, chats) need a signed-in viewer.
    var needsViewer: Bool {
        switch kind {
        case .user, .userNotification, .direct, .chat: true
        case .publicTimeline, .publicLocal, .hashtag, .hashtagLocal: false
        }
    }

    /// Token scopes that allow the stream, as Mastodon checks them (a browser session may read everything).
    var acceptedScopes: [String] {
        kind == .userNotification ? ["read", "read:notifications"] : ["read", "read:statuses"]
    }

    /// Where the stream's events are published. Every account here is local, so `public:local` and
    /// `public` are the same timeline, and so are `hashtag:local` and `hashtag`.
    func topic(for viewerID: Int64?) -> RealtimeTopic? {
        switch kind {
        case .user, .userNotification: viewerID.map(RealtimeTopic.user)
        case .direct: viewerID.map(RealtimeTopic.direct)
        case .chat: viewerID.map(RealtimeTopic.chat)
        case .publicTimeline, .publicLocal: .publicTimeline
        case .hashtag, .hashtagLocal: tag.map { .hashtag($0.lowercased()) }
        }
    }

    /// Whether an event of the topic belongs to this stream: `user:notification` is the `user` stream's
    /// notifications only.
    func carries(_ event: String) -> Bool {
        kind != .userNotification || event == "notification"
    }

    /// Public streams carry other people's posts, which the reader's blocks and mutes hold back.
    var hidesBlockedAndMuted: Bool {
        switch kind {
        case .publicTimeline, .publicLocal, .hashtag, .hashtagLocal: true
        case .user, .userNotification, .direct, .chat: false
        }
    }

    /// The `stream` array of a WebSocket frame: `["user"]`, `["hashtag", "Mittelstand"]`.
    var wireName: [String] {
        [kind.rawValue] + (tag.map { [$0] } ?? [])
    }
}
