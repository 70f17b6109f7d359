import Fluent
import TreffpunktCore
import Vapor

/// The newsfeed (home), the public timeline and hashtag timelines.
struct FeedController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.home.route, use: home)
        web.get(SiteURL.publicTimeline.route, use: publicTimeline)
        web.get(SiteURL.tag("").route, use: hashtag)
        web.get(SiteURL.feedNewCount.route, use: newCount)
    }

    @Sendable func home(req: Request) async throws -> Response {
        guard let viewer = req.viewer else { return req.redirect(to: .login) }
        let page = try req.pageRequest()
        let posts = try await FeedService(database: req.db).home(for: try await req.audienceViewer(), page: page)
        let visibility = try await Relations(database: req.db).preferences(of: viewer.id).defaultVisibility
        let model = FeedPage.Model(
            title: SocialText.newsfeed(req.language),
            composer: Composer.Model(visibility: visibility, returnTo: SiteURL.home.path),
            posts: try await req.present(posts),
            olderURL: olderURL(SiteURL.home.path, posts: posts, page: page),
            newestID: page.maxID == nil ? posts.first?.id : nil,
            watchesForNewPosts: page.maxID == nil,
            emptyText: SocialText.emptyFeed
        )
        return FeedPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func publicTimeline(req: Request) async throws -> Response {
        let page = try req.pageRequest()
        let posts = try await FeedService(database: req.db).publicTimeline(for: try await req.audienceViewer(), page: page)
        let model = FeedPage.Model(title: SocialText.publicTimeline(req.language), posts: try await req.present(posts),
                                   olderURL: olderURL(SiteURL.publicTimeline.path, posts: posts, page: page))
        return FeedPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func hashtag(req: Request) async throws -> Response {
        let tag = (req.parameters.get("tag") ?? "").lowercased()
        let page = try req.pageRequest()
        let posts = try await FeedService(database: req.db).hashtag(tag, for: try await req.audienceViewer(), page: page)
        let model = FeedPage.Model(title: SocialText.hashtagTitle(tag)(req.language), posts: try await req.present(posts),
                                   olderURL: olderURL(SiteURL.tag(tag).path, posts: posts, page: page))
        return FeedPage.render(model, context: try await req.pageContext()).response()
    }

    /// `{"count": n}`: how many newsfeed posts arrived after `since`, for the "new posts" notice.
    @Sendable func newCount(req: Request) async throws -> NewPostsCount {
        _ = try req.requireViewer()
        guard let since = req.query[Int64.self, at: "since"] else { throw UserFacingError(.badRequest, SocialText.invalidCursor) }
        return NewPostsCount(count: try await FeedService(database: req.db).homeCount(for: try await req.audienceViewer(), since: since))
    }

    struct NewPostsCount: Content {
        let count: Int
    }

    private func olderURL(_ path: String, posts: [Post], page: PageRequest) -> String? {
        FeedPage.olderURL(path, posts: posts, page: page)
    }
}
