import Foundation
import Media
import Vapor
import TreffpunktCore

/// A member in the shape of Mastodon's `Account` entity, so Mastodon clients understand it.
/// Position and department travel as profile fields, the place Mastodon keeps such facts, for readers
/// `WorkDetailsPolicy` lets see them; one's own account always shows them.
package struct MastodonAccount: Content {
    struct Field: Codable, Sendable {
        let name: String
        let value: String
        let verified_at: String?
    }

    struct Source: Codable, Sendable {
        let privacy: String
        let sensitive: Bool
        let indexable: Bool
        let language: String?
        let note: String
        let fields: [Field]
        let follow_requests_count: Int
    }

    let id: String
    let username: String
    let acct: String
    let display_name: String
    let locked: Bool
    let bot: Bool
    let discoverable: Bool
    let group: Bool
    /// Public posts are searchable by everyone here.
    let indexable: Bool
    let created_at: String
    let note: String
    let url: String
    let uri: String
    let avatar: String
    let avatar_static: String
    let header: String
    let header_static: String
    let followers_count: Int
    let following_count: Int
    let statuses_count: Int
    let last_status_at: String?
    let emojis: [String]
    let fields: [Field]
    var source: Source?
    var role: MastodonRole?

    struct MastodonRole: Codable, Sendable {
        let id: String
        let name: String
        let color: String
        let permissions: String
        let highlighted: Bool
    }

    /// A member as Mastodon's `Account`; `statistics` come from the features that own the figures.
    package init(_ member: MemberSummary, statistics: AccountStatistics, publicURL: String, language: AppLanguage,
                 showsWorkDetails: Bool) {
        self.init(member, statistics: statistics, publicURL: publicURL, language: language, showsWorkDetails: showsWorkDetails,
                  source: nil)
    }

    init(_ user: User, statistics: AccountStatistics, publicURL: String, language: AppLanguage, showsWorkDetails: Bool,
         includeSource: Bool = false) {
        let member = MemberSummary(user)
        let fields = Self.fields(of: member, language: language)
        let source = includeSource
            ? Source(privacy: statistics.defaultPostVisibility.mastodonName, sensitive: false, indexable: true,
                     language: user.language?.rawValue, note: user.bio, fields: fields,
                     follow_requests_count: statistics.pendingFollowRequests)
            : nil
        self.init(member, statistics: statistics, publicURL: publicURL, language: language,
                  showsWorkDetails: showsWorkDetails || includeSource, source: source)
    }

    private static func fields(of member: MemberSummary, language: AppLanguage) -> [Field] {
        [
            (AccountsText.position(language), member.position),
            (AccountsText.department(language), member.department),
        ].filter { !$0.1.isEmpty }.map { Field(name: $0.0, value: HTMLEscaping.escape($0.1), verified_at: nil) }
    }

    private init(_ user: MemberSummary, statistics: AccountStatistics, publicURL: String, language: AppLanguage,
                 showsWorkDetails: Bool, source: Source?) {
        let profileURL = "\(publicURL)\(SiteURL.profile(username: user.username).path)"
        id = String(user.id)
        // A company page's home is its page; `/@slug` leads there too.
        let homeURL = user.isPage ? "\(publicURL)\(SiteURL.companyPage(slug: user.username).path)" : profileURL
        username = user.username
        acct = user.username
        display_name = user.displayName
        // People confirm friendships: following a person asks them first, unless they opted out.
        locked = statistics.approvesFollowers
        bot = false
        discoverable = true
        group = false
        indexable = true
        created_at = MastodonDate.string(user.createdAt ?? Date())
        note = HTMLEscaping.paragraphs(user.bio)
        url = homeURL
        uri = profileURL
        avatar = user.avatarMediaID.map { publicURL + MediaLinks.path($0, .small) } ?? "\(publicURL)/images/avatar.png"
        avatar_static = avatar
        header = user.headerMediaID.map { publicURL + MediaLinks.path($0, .large) } ?? "\(publicURL)/images/header.png"
        header_static = header
        followers_count = statistics.followersCount
        following_count = statistics.followingCount
        statuses_count = statistics.statusesCount
        // Mastodon gives the day of the last post, without the time.
        last_status_at = statistics.lastStatusAt.map { String(MastodonDate.string($0).prefix(10)) }
        emojis = []
        fields = showsWorkDetails ? Self.fields(of: user, language: language) : []
        self.source = source
        // Mastodon names a role for one's own account always: administrators get Admin, everyone else the default role.
        if source != nil {
            role = user.role == .admin
                ? MastodonRole(id: "3", name: "Admin", color: "", permissions: "1", highlighted: true)
                : MastodonRole(id: "-99", name: "", color: "", permissions: "65536", highlighted: false)
        }
    }
}
