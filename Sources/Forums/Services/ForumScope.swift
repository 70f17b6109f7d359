import Spaces
import TreffpunktCore

/// One forum: the company-wide one or a space's, as the reader stands to it.
struct ForumScope: Sendable {
    /// The space whose forum it is; nil for the company-wide forum.
    let space: SpaceSummary?
    /// Instance admins moderate the company-wide forum, a space's admins their space's.
    let canModerate: Bool

    static func company(viewer: Viewer) -> ForumScope {
        ForumScope(space: nil, canModerate: viewer.isAdmin)
    }

    /// A space's forum, for its members only.
    static func space(_ space: SpaceSummary) throws -> ForumScope {
        guard space.isMember else { throw UserFacingError(.forbidden, ForumsText.membersOnly) }
        return ForumScope(space: space, canModerate: space.isAdmin)
    }

    var spaceID: Int64? { space?.id }
    var key: String { Self.key(spaceID: spaceID) }
    var basePath: String { Self.basePath(spaceSlug: space?.slug) }

    static func key(spaceID: Int64?) -> String {
        spaceID.map { "space:\($0)" } ?? "company"
    }

    static func basePath(spaceSlug: String?) -> String {
        spaceSlug.map { "/s/\($0)/forum" } ?? "/forums"
    }

    func path(_ url: ForumURL) -> String { url.path(in: basePath) }

    /// The forum's name: "Forum" or "Forum · Qualitätszirkel".
    var title: LocalizedText {
        guard let space else { return ForumsText.title }
        return LocalizedText(de: "Forum · \(space.name)", en: "Forum · \(space.name)")
    }
}
