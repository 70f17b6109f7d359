/// Who a post is meant for, chosen by its author. Ordered from widest to narrowest audience.
package enum PostVisibility: String, Sendable, Codable, CaseIterable, Comparable {
    /// Anyone, also people who are not logged in.
    case `public`
    /// Intern: the company's employees (Mitarbeitende), never guests. The stored name stays `members`.
    case members
    /// The author's confirmed friends (and people the post mentions).
    case friends
    /// The members of the space the post was written in (and nobody else, mentioned or not).
    case space
    /// Only the people the post mentions.
    case direct

    private var breadth: Int {
        switch self {
        case .public: 0
        case .members: 1
        case .friends: 2
        case .space: 3
        case .direct: 4
        }
    }

    package static func < (lhs: PostVisibility, rhs: PostVisibility) -> Bool {
        lhs.breadth < rhs.breadth
    }

    /// Only posts meant for the whole company or the world may be passed on.
    package var isShareable: Bool { self == .public || self == .members }

    /// What an author picks from in a composer; `space` comes with the space a post is written in.
    package static let choosable: [PostVisibility] = [.public, .members, .friends, .direct]

    /// Mastodon's name: `friends` is Mastodon's `private` (followers only), and `members` (intern) travels
    /// as `unlisted`, the Mastodon visibility that keeps a post off the public timeline, and is read back
    /// from it. Mastodon has no "employees only": Treffpunkt still shows an intern post to employees alone,
    /// never to a guest's client or one that is not logged in.
    package var mastodonName: String {
        switch self {
        case .public: "public"
        case .members: "unlisted"
        case .friends: "private"
        // Mastodon has no groups: a post for a limited circle that is not the mentioned people.
        case .space: "private"
        case .direct: "direct"
        }
    }

    /// Reads Treffpunkt's own names and Mastodon's; `space` is not among them, as a post gets it from
    /// the space it is written in.
    package init?(name: String) {
        switch name.lowercased() {
        case "public": self = .public
        case "members", "unlisted": self = .members
        case "friends", "private": self = .friends
        case "direct": self = .direct
        default: return nil
        }
    }

    package var label: LocalizedText {
        switch self {
        case .public: LocalizedText(de: "Öffentlich", en: "Public")
        case .members: LocalizedText(de: "Intern (nur Mitarbeitende)", en: "Internal (employees only)")
        case .friends: LocalizedText(de: "Nur Freunde", en: "Friends only")
        case .space: LocalizedText(de: "Nur Mitglieder des Raums", en: "Space members only")
        case .direct: LocalizedText(de: "Nur Erwähnte", en: "Mentioned people only")
        }
    }
}
