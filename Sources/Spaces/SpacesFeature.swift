import Fluent
import TreffpunktCore
import Vapor

/// The Spaces feature as the app wires it: groups across sites and departments with their own feed.
package enum SpacesFeature {
    package static var migrations: [any Migration] {
        [CreateSpaces(), CreateSpaceJoinRequests(), CreateSpaceInvitations()]
    }

    /// Lends the organisation feature a space for each project, and the search page its spaces.
    package static func install(on app: Application) {
        app.projectSpaces = ProjectSpaces()
        app.searchSections.append(SpaceSearch())
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await SpacesDemoData.seed(on: app.db, publicURL: app.config.publicURL)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        // Spaces are the company's inside: a guest gets 404 for every space page, as for the org chart.
        SpacesController().boot(web.grouped(EmployeesOnly()))
    }
}
