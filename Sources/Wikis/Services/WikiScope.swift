import Spaces
import TreffpunktCore

/// Which wiki a request is about: the company wiki at /wiki or a space's wiki at /s/<slug>/wiki.
enum WikiScope: Sendable, Equatable {
    case company
    /// A space the reader belongs to (the controller lets nobody else in).
    case space(SpaceSummary)

    /// `WikiPage.wikiKey` of the company wiki; spaces use their (never zero) snowflake id.
    static let companyKey: Int64 = 0

    var key: Int64 {
        switch self {
        case .company: Self.companyKey
        case .space(let space): space.id
        }
    }

    var spaceID: Int64? {
        if case .space(let space) = self { return space.id }
        return nil
    }

    /// The space's own page, for a space's wiki.
    var spacePath: String? {
        if case .space(let space) = self { return space.path }
        return nil
    }

    /// Where the wiki's addresses begin.
    var basePath: String {
        switch self {
        case .company: SiteURL.wiki.path
        case .space(let space): space.path + "/wiki"
        }
    }

    func path(_ url: WikiURL) -> String {
        url.path(in: basePath)
    }

    var name: LocalizedText {
        switch self {
        case .company: WikisText.companyWiki
        case .space(let space): WikisText.spaceWiki(space.name)
        }
    }
}
