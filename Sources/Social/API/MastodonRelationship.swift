import Vapor

/// How the reader stands to an account, as Mastodon's `Relationship`. A friendship is a mutual
/// follow; a pending friendship request is a follow request.
struct MastodonRelationship: Content {
    let id: String
    let following: Bool
    let showing_reblogs: Bool
    let notifying: Bool
    let languages: [String]?
    let followed_by: Bool
    let blocking: Bool
    let blocked_by: Bool
    let muting: Bool
    let muting_notifications: Bool
    let requested: Bool
    let requested_by: Bool
    let domain_blocking: Bool
    let endorsed: Bool
    let note: String

    init(accountID: Int64, _ relationship: Relationship) {
        id = String(accountID)
        following = relationship.isFriend || relationship.following
        showing_reblogs = true
        notifying = false
        languages = nil
        followed_by = relationship.isFriend || relationship.followedBy
        blocking = relationship.blocking
        blocked_by = relationship.blockedBy
        muting = relationship.muting
        muting_notifications = relationship.muting
        requested = relationship.requestSent
        requested_by = relationship.requestReceived
        domain_blocking = false
        endorsed = false
        note = ""
    }

    private enum CodingKeys: String, CodingKey {
        case id, following, showing_reblogs, notifying, languages, followed_by, blocking, blocked_by, muting
        case muting_notifications, requested, requested_by, domain_blocking, endorsed, note
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(following, forKey: .following)
        try container.encode(showing_reblogs, forKey: .showing_reblogs)
        try container.encode(notifying, forKey: .notifying)
        // `null`, not absent: Mastodon's way of saying "all languages".
        try container.encode(languages, forKey: .languages)
        try container.encode(followed_by, forKey: .followed_by)
        try container.encode(blocking, forKey: .blocking)
        try container.encode(blocked_by, forKey: .blocked_by)
        try container.encode(muting, forKey: .muting)
        try container.encode(muting_notifications, forKey: .muting_notifications)
        try container.encode(requested, forKey: .requested)
        try container.encode(requested_by, forKey: .requested_by)
        try container.encode(domain_blocking, forKey: .domain_blocking)
        try container.encode(endorsed, forKey: .endorsed)
        try container.encode(note, forKey: .note)
    }
}
