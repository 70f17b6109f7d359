import Plot
import TreffpunktCore

/// The newsfeed, the public timeline and hashtag timelines: an optional composer, the posts newest
/// first, a link to older posts, and (for the newsfeed) the "new posts" notice that `feed.js` fills.
enum FeedPage {
    struct Model {
        var title: String
        var composer: Composer.Model?
        var posts: [PresentedPost]
        var olderURL: String?
        /// Newest post id shown; the page asks the server for posts after it.
        var newestID: Int64?
        var watchesForNewPosts = false
        var emptyText: LocalizedText = SocialText.noPosts
    }

    /// The next page's address when this one was full.
    static func olderURL(_ path: String, posts: [Post], page: PageRequest) -> String? {
        guard posts.count == page.limit, let oldest = posts.last?.id else { return nil }
        return "\(path)?max_id=\(oldest)"
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(model.title, context: context, content: .div(
            .h1(.text(model.title)),
            .unwrap(model.composer) { Composer.render($0, context: context) },
            .if(model.watchesForNewPosts, .div(
                .id("new-posts"), .class("new-posts"), .attribute(named: "hidden"),
                .safeAttribute(named: "data-count-url", value: SiteURL.feedNewCount.path),
                // Live updates (feed.js): one post's card, the cards after the newest one shown.
                .safeAttribute(named: "data-card-url", value: LiveCardsController.cardTemplate),
                .safeAttribute(named: "data-cards-url", value: LiveCardsController.newerPath),
                .safeAttribute(named: "data-since", value: model.newestID.map(String.init) ?? "0"),
                .attribute(named: "role", value: "status"),
                .a(.safeHref(SiteURL.home.path), .text(context.t(SocialText.newPostsAvailable)))
            )),
            PostList.render(model.posts, context: context, emptyText: model.emptyText),
            .unwrap(model.olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(SocialText.olderPosts)))) },
            .if(model.watchesForNewPosts, .script(.src("/js/feed.js"), .attribute(named: "defer")))
        ))
    }
}

/// A list of post cards, or a friendly note when there are none.
enum PostList {
    static func render(_ posts: [PresentedPost], context: PageContext, emptyText: LocalizedText = SocialText.noPosts) -> Node<HTML.BodyContext> {
        posts.isEmpty
            ? .p(.class("muted empty"), .text(context.t(emptyText)))
            : .section(.class("post-list"), .forEach(posts) { PostCard.render($0, context: context) })
    }
}
