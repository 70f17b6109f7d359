import Accounts
import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Turns posts into `PresentedPost`s with a fixed number of queries for the whole list:
/// shared and quoted posts, authors, mentions, hashtags, reaction counts and the viewer's own
/// reactions and shares are each loaded once for all posts, never once per post.
struct PostPresenter {
    let database: any Database
    let viewer: AudienceViewer

    func present(_ posts: [Post], rootAuthorID: Int64? = nil) async throws -> [PresentedPost] {
        guard !posts.isEmpty else { return [] }
        let referencedIDs = Set(posts.compactMap { $0.reblogOfID ?? $0.quoteOfID })
        let referenced = referencedIDs.isEmpty ? [] : try await Post.query(on: database).filter(\.$id ~~ Array(referencedIDs)).all()
        let visibleReferenced = Dictionary(uniqueKeysWithValues: referenced.filter {
            VisibilityPolicy.canSee(PostAudience(authorID: $0.authorID, visibility: $0.visibility, wallOwnerID: $0.wallOwnerID), as: viewer)
        }.map { ($0.requireID(), $0) })

        let all = posts + Array(visibleReferenced.values)
        let allIDs = Array(Set(all.map { $0.requireID() }))
        async let mentionRows = PostMention.query(on: database).filter(\.$postID ~~ allIDs).all()
        async let tagRows = PostTag.query(on: database).filter(\.$postID ~~ allIDs).sort(\.$id).all()
        async let counts = reactionCounts(allIDs)
        async let own = viewerState(allIDs)
        let mentions = try await mentionRows
        let memberIDs = Set(all.map(\.authorID) + all.compactMap(\.wallOwnerID) + mentions.map(\.userID))
        let members = try await MemberLookup(database: database).members(ids: memberIDs)
        let tagsByPost = Dictionary(grouping: try await tagRows, by: \.postID)
        let mentionsByPost = Dictionary(grouping: mentions, by: \.postID)
        let reactionCounts = try await counts
        let (reactions, shares) = try await own

        func make(_ post: Post, nested: Bool) -> PresentedPost? {
            guard let author = members[post.authorID] else { return nil }
            let id = post.requireID()
            var shared: PresentedPost?
            var quoted: PresentedPost?
            if !nested, let sharedID = post.reblogOfID {
                guard let original = visibleReferenced[sharedID], let presented = make(original, nested: true) else { return nil }
                shared = presented
            }
            if !nested, let quotedID = post.quoteOfID, let original = visibleReferenced[quotedID] {
                quoted = make(original, nested: true)
            }
            let isAuthor = viewer.id == post.authorID
            let mayDelete = isAuthor || (viewer.id != nil && (post.wallOwnerID == viewer.id || (post.rootID != nil && rootAuthorID == viewer.id)))
            return PresentedPost(
                post: post, author: author, wallOwner: post.wallOwnerID.flatMap { members[$0] }, shared: shared, quoted: quoted,
                mentioned: (mentionsByPost[id] ?? []).compactMap { members[$0.userID] },
                tags: (tagsByPost[id] ?? []).map(\.tag), reactionCounts: reactionCounts[id] ?? [:],
                viewerReaction: reactions[id], viewerShared: shares.contains(id),
                viewerMayEdit: isAuthor && post.reblogOfID == nil, viewerMayDelete: mayDelete
            )
        }
        return posts.compactMap { make($0, nested: false) }
    }

    private func reactionCounts(_ postIDs: [Int64]) async throws -> [Int64: [ReactionKind: Int]] {
        let rows = try await database.sql.raw("""
            SELECT post_id, kind, COUNT(*) AS n FROM reactions WHERE post_id IN (\(binds: postIDs as [any Encodable & Sendable]))
            GROUP BY post_id, kind
            """).all()
        var result: [Int64: [ReactionKind: Int]] = [:]
        for row in rows {
            guard let kind = ReactionKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            result[try row.decode(column: "post_id", as: Int64.self), default: [:]][kind] = try row.decode(column: "n", as: Int.self)
        }
        return result
    }

    private func viewerState(_ postIDs: [Int64]) async throws -> ([Int64: ReactionKind], Set<Int64>) {
        guard let viewerID = viewer.id else { return ([:], []) }
        async let reactions = Reaction.query(on: database).filter(\.$userID == viewerID).filter(\.$postID ~~ postIDs).all()
        async let shares = Post.query(on: database).filter(\.$authorID == viewerID).filter(\.$reblogOfID ~~ postIDs).all(\.$reblogOfID)
        let reactionMap = Dictionary(try await reactions.map { ($0.postID, $0.kind) }, uniquingKeysWith: { first, _ in first })
        return (reactionMap, Set(try await shares.compactMap { $0 }))
    }
}
