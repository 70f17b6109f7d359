import Fluent
import TreffpunktCore
import Vapor

/// The Blogs feature as the app wires it: weblogs of people, company pages and spaces, with drafts,
/// scheduling, comments, reactions and RSS/Atom feeds.
package enum BlogsFeature {
    package static var migrations: [any Migration] {
        [CreateBlogArticles(), AddArticleCoverIndex(), RenderArticlesAgain()]
    }

    package static func install(on app: Application) {
        app.searchSections.append(BlogSearch())
        app.mediaAudiences.append(BlogCoverAudience())
        app.spaceSections.append(SpaceSection(label: CoreText.blog) { BlogAddress(kind: .space, slug: $0).path })
    }

    /// `serve` starts publishing scheduled articles in the background (after migrating), checking every
    /// 30 seconds; other commands do not. Blog pages publish what is due too, so readers never wait for it.
    package static func startScheduler(on app: Application) {
        app.repeatInBackground("blog scheduler", every: .seconds(30)) {
            try await ArticlePublisher(database: app.db, publicURL: app.config.publicURL).publishDue(logger: app.logger)
        }
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await BlogsDemoData.seed(on: app)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        BlogFeedController().boot(web)
        ArticleEditController().boot(web)
        BlogsController().boot(web)
    }
}
