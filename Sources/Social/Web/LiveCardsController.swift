import Plot
import TreffpunktCore
import Vapor

/// Post cards without a page around them, for pages that update live (newsfeed, profile, space): the
/// card of one post (when a live `update` names it) and the newsfeed's posts after the newest one shown
/// (after a reconnect).
/// Both ask the visibility policy; a post the reader may not see is not found.
struct LiveCardsController {
    /// The card's address with `{id}` for the post, for scripts.
    static let cardTemplate = "/posts/{id}/card"
    static let newerPath = "/feed/cards"

    func boot(_ web: any RoutesBuilder) {
        web.get("posts", ":id", "card", use: card)
        web.get("feed", "cards", use: newer)
    }

    /// `space`, when given, names the space whose page asks: a post written elsewhere is not found there.
    @Sendable func card(req: Request) async throws -> Response {
        let post = try await PostAccess(database: req.db).visiblePost(try req.postID(), to: try await req.audienceViewer())
        if let space = req.query[String.self, at: "space"], String(post.spaceID ?? 0) != space {
            throw UserFacingError.notFound(SocialText.postNotFound)
        }
        guard let presented = try await req.present([post]).first else { throw UserFacingError.notFound(SocialText.postNotFound) }
        return fragment(PostCard.render(presented, context: try await req.pageContext()))
    }

    /// `since`: the newest post the page shows; at most one page of newer ones, newest first.
    @Sendable func newer(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        guard let since = req.query[Int64.self, at: "since"] else { throw UserFacingError(.badRequest, SocialText.invalidCursor) }
        let posts = try await FeedService(database: req.db)
            .home(for: try await req.audienceViewer(), page: PageRequest(minID: since, limit: PageRequest.maximumLimit))
        let context = try await req.pageContext()
        return fragment(.group(try await req.present(posts).map { PostCard.render($0, context: context) }))
    }

    private func fragment(_ node: Node<HTML.BodyContext>) -> Response {
        Response.html(node.render())
    }
}
