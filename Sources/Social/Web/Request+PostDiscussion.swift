import Plot
import TreffpunktCore
import Vapor

extension Request {
    /// A post's card with its reactions, its comments and the comment form, for another feature's page
    /// that is discussed through the post (a blog article). Empty when the visibility policy does not
    /// let the reader see the post.
    package func postDiscussion(_ postID: Int64, context: PageContext) async throws -> Node<HTML.BodyContext> {
        let post: Post
        do {
            post = try await PostAccess(database: db).visiblePost(postID, to: try await audienceViewer())
        } catch let error as UserFacingError where error.status == .notFound {
            return .empty
        }
        guard let presented = try await present([post]).first else { return .empty }
        let comments = try await FeedService(database: db).comments(of: postID)
        let model = PostPage.Model(post: presented, comments: try await present(comments, rootAuthorID: post.authorID))
        return .div(.class("post-discussion"), PostCard.render(presented, context: context), PostPage.comments(model, context: context))
    }
}
