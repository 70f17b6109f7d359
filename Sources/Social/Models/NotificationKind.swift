import TreffpunktCore

enum NotificationKind: String, Codable, CaseIterable, Sendable {
    case friendRequest = "friend_request"
    case friendAccepted = "friend_accepted"
    case follow
    case comment
    case reaction
    case mention
    case wallPost = "wall_post"
    case share

    /// Mastodon's notification type for clients: a friendship request is a follow request,
    /// a comment, wall post or mention arrives as a mention of the reader.
    var mastodonType: String {
        switch self {
        case .friendRequest: "follow_request"
        case .friendAccepted, .follow: "follow"
        case .comment, .mention, .wallPost: "mention"
        case .reaction: "favourite"
        case .share: "reblog"
        }
    }
}
