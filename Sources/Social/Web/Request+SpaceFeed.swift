import Plot
import TreffpunktCore
import Vapor

extension Request {
    /// A space's feed for the space's page: the composer for its members, their posts newest first
    /// (as the visibility policy lets the reader see them) and a link to older ones; new posts arrive live.
    package func spaceFeed(_ spaceID: Int64, path: String, context: PageContext) async throws -> Node<HTML.BodyContext> {
        let page = try pageRequest()
        let posts = try await FeedService(database: db).space(spaceID, for: try await audienceViewer(), page: page)
        let composer = Composer.Model(visibility: .space, returnTo: path, spaceID: spaceID)
        // The newest posts take new ones live (feed.js); the card address answers only for this space's posts.
        let watchesLive = viewer != nil && page.maxID == nil
        return .div(
            .class("space-feed"),
            Composer.render(composer, context: context),
            .if(watchesLive, .div(
                .id("live-posts"), .attribute(named: "hidden"),
                .safeAttribute(named: "data-card-url", value: LiveCardsController.cardTemplate + "?space=\(spaceID)")
            )),
            PostList.render(try await present(posts), context: context, emptyText: SocialText.spaceFeedEmpty),
            .unwrap(FeedPage.olderURL(path, posts: posts, page: page)) {
                .p(.a(.class("button"), .safeHref($0), .text(context.t(SocialText.olderPosts))))
            },
            .if(watchesLive, .script(.src("/js/feed.js"), .attribute(named: "defer")))
        )
    }
}
