import Accounts
import Foundation
import Media
import TreffpunktCore

/// A post with everything a page or an API answer shows about it, loaded in batches by `PostPresenter`.
final class PresentedPost: Sendable {
    let post: Post
    let author: MemberSummary
    let wallOwner: MemberSummary?
    /// The shared post, when this is a share.
    let shared: PresentedPost?
    /// The quoted post, when this quotes one and the reader may see it.
    let quoted: PresentedPost?
    let mentioned: [MemberSummary]
    let tags: [String]
    /// Photos and videos in the author's order.
    let media: [MediaAttachment]
    let reactionCounts: [ReactionKind: Int]
    let viewerReaction: ReactionKind?
    let viewerShared: Bool
    let viewerMayEdit: Bool
    let viewerMayDelete: Bool

    init(post: Post, author: MemberSummary, wallOwner: MemberSummary?, shared: PresentedPost?, quoted: PresentedPost?,
         mentioned: [MemberSummary], tags: [String], media: [MediaAttachment], reactionCounts: [ReactionKind: Int], viewerReaction: ReactionKind?,
         viewerShared: Bool, viewerMayEdit: Bool, viewerMayDelete: Bool) {
        self.post = post
        self.author = author
        self.wallOwner = wallOwner
        self.shared = shared
        self.quoted = quoted
        self.mentioned = mentioned
        self.tags = tags
        self.media = media
        self.reactionCounts = reactionCounts
        self.viewerReaction = viewerReaction
        self.viewerShared = viewerShared
        self.viewerMayEdit = viewerMayEdit
        self.viewerMayDelete = viewerMayDelete
    }

    var id: Int64 { post.requireID() }
    /// What reactions, comments and counts refer to: the shared post for a share, else the post itself.
    var content: PresentedPost { shared ?? self }
}
