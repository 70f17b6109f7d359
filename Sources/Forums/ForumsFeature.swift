import Fluent
import TreffpunktCore
import Vapor

/// The Forums feature as the app wires it: categories, topics and replies, accepted answers,
/// pinned and locked topics, subscriptions and unread tracking.
package enum ForumsFeature {
    package static var migrations: [any Migration] {
        [CreateForumCategories(), CreateForumTopics(), CreateForumReplies(), CreateForumSubscriptions(), CreateForumReads(),
         AddForumSubscriberIndexes(), RenderForumTextsAgain()]
    }

    /// Lends the search page its forum topics, and a space's page the link to its forum.
    package static func install(on app: Application) {
        app.searchSections.append(ForumSearch())
        app.spaceSections.append(SpaceSection(label: CoreText.forum) { ForumScope.basePath(spaceSlug: $0) })
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await ForumsDemoData.seed(on: app.db, publicURL: app.config.publicURL)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        ForumsController().boot(web.grouped(EmployeesOnly()))
    }
}
