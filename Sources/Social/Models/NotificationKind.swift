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
    /// About a space (`spaceID` set): someone asks to join it, was let in, or is invited.
    case spaceRequest = "space_request"
    case spaceApproved = "space_approved"
    case spaceInvitation = "space_invitation"
    /// A reply in a forum topic the recipient follows (`linkPath` opens it).
    case forumReply = "forum_reply"

    /// Mastodon's notification type for clients: a friendship request is a follow request,
    /// a comment, wall post or mention arrives as a mention of the reader.
    var mastodonType: String {
        switch self {
        case .friendRequest: "follow_request"
        case .friendAccepted, .follow: "follow"
        case .comment, .mention, .wallPost: "mention"
        case .reaction: "favourite"
        case .share: "reblog"
        // Never sent to clients (see `reachesClients`); the nearest Mastodon type, for completeness.
        case .spaceRequest, .spaceApproved, .spaceInvitation, .forumReply: "follow_request"
        }
    }

    /// Mastodon has no spaces or forums: notifications about them are shown on the web only.
    var reachesClients: Bool {
        switch self {
        case .spaceRequest, .spaceApproved, .spaceInvitation, .forumReply: false
        default: true
        }
    }
}
