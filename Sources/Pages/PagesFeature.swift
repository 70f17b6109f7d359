import Fluent
import TreffpunktCore
import Vapor

/// The Pages feature as the app wires it: company pages with roles, posts, reviews and building blocks.
/// A page is an account (kind `page`) whose slug is its username, so follows, search and the Mastodon API
/// treat it as any account.
package enum PagesFeature {
    package static var migrations: [any Migration] {
        [CreatePageRoles(), CreatePageProfiles(), CreatePageBlocks(), CreatePageReviews(), CreatePagePostAuthors(),
         CreatePagePostRecords()]
    }

    /// Tells the social network who runs which page, so their edit and delete rights and record follow.
    package static func install(on app: Application) {
        app.pageTeams = PageTeams()
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await PagesDemoData.seed(on: app)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply). Pages reach the API as accounts.
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        PagesListController().boot(web)
        CompanyPageController().boot(web)
        PageManageController().boot(web)
        PageStatisticsController().boot(web)
    }
}
