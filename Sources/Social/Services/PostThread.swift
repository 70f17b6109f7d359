import Fluent
import TreffpunktCore

/// A post's place in its conversation, as Mastodon's `context` tells it. A comment's ancestors are
/// its post and, for an answer, the comment it answers; a post's descendants are all its comments,
/// a comment's those that answer it (threads go one level deep). Comments of people blocked either
/// way are left out. A share stands for the post it shares.
struct PostThread {
    let database: any Database

    struct Context: Sendable {
        var ancestors: [Post]
        var descendants: [Post]
    }

    func context(of postID: Int64, for viewer: AudienceViewer) async throws -> Context {
        let access = PostAccess(database: database)
        let post = try await access.original(of: try await access.visiblePost(postID, to: viewer), to: viewer)
        let feed = FeedService(database: database)
        let unblocked = { (candidate: Post) in !viewer.blockedIDs.contains(candidate.authorID) }
        guard let rootID = post.rootID else {
            return Context(ancestors: [], descendants: try await feed.comments(of: post.requireID()).filter(unblocked))
        }
        let parentIDs = [rootID] + [post.inReplyToID].compactMap { $0 }.filter { $0 != rootID }
        let parents = try await Post.query(on: database).filter(\.$id ~~ parentIDs).sort(\.$id).all()
        let answers = try await feed.comments(of: rootID).filter { $0.inReplyToID == post.id }
        return Context(ancestors: parents.filter(unblocked), descendants: answers.filter(unblocked))
    }
}
