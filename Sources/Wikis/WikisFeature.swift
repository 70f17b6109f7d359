import Fluent
import TreffpunktCore
import Vapor

/// The Wikis feature as the app wires it: company-wide and space wikis with internal links, a page
/// tree, revisions, diffs, restore and edit-conflict handling.
package enum WikisFeature {
    package static var migrations: [any Migration] {
        [CreateWikiPages(), CreateWikiRevisions()]
    }

    /// Lends the search page its wiki pages.
    package static func install(on app: Application) {
        app.searchSections.append(WikiSearch())
        app.spaceSections.append(SpaceSection(label: CoreText.wiki) { WikiURL.spaceHome(slug: $0) })
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await WikisDemoData.seed(on: app.db, publicURL: app.config.publicURL)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        WikisController().boot(web.grouped(EmployeesOnly()))
    }
}
