import Accounts
import Fluent
import Foundation
import Media
import SQLKit
import TreffpunktCore

/// Turns posts into `PresentedPost`s with three queries for the whole list, never one per post:
/// shared and quoted posts; mentions, hashtags, media, reaction counts and the viewer's own
/// reactions and shares; the members named (and a fourth for the media, when posts carry any).
struct PostPresenter {
    let database: any Database
    let viewer: AudienceViewer
    /// Off for live events, which go to many readers: the viewer's own reactions and shares stay unsaid.
    var withPersonalFlags = true
    /// Who may edit or delete (page roles, administrators); without it, only the viewer's own rights as author.
    var actor: PostActor?

    func present(_ posts: [Post], rootAuthorID: Int64? = nil) async throws -> [PresentedPost] {
        guard !posts.isEmpty else { return [] }
        let referencedIDs = Set(posts.compactMap { $0.reblogOfID ?? $0.quoteOfID })
        let referenced = try await Post.rows(ids: referencedIDs, on: database)
        let visibleReferenced = Dictionary(uniqueKeysWithValues: referenced.filter {
            VisibilityPolicy.canSee($0.audience, as: viewer)
        }.map { ($0.requireID(), $0) })

        let all = posts + Array(visibleReferenced.values)
        let allIDs = Array(Set(all.map { $0.requireID() }))
        let details = try await details(of: allIDs)
        let memberIDs = Set(all.map(\.authorID) + all.compactMap(\.wallOwnerID) + details.mentions.values.joined())
        let members = try await MemberLookup(database: database).members(ids: memberIDs)
        let media = try await MediaLookup(database: database).media(ids: details.media.values.joined())
        let actor = self.actor ?? viewer.id.map(PostActor.author)

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
            let mayEdit = actor.map { PostEditingPolicy.mayEdit(post, by: $0) } ?? false
            let mayDelete = actor.map { PostEditingPolicy.mayDelete(post, rootAuthorID: rootAuthorID, by: $0) } ?? false
            return PresentedPost(
                post: post, author: author, wallOwner: post.wallOwnerID.flatMap { members[$0] }, shared: shared, quoted: quoted,
                mentioned: (details.mentions[id] ?? []).compactMap { members[$0] },
                tags: details.tags[id] ?? [], media: (details.media[id] ?? []).compactMap { media[$0] }, reactionCounts: details.reactionCounts[id] ?? [:],
                viewerReaction: details.viewerReactions[id], viewerShared: details.viewerShares.contains(id),
                viewerMayEdit: mayEdit, viewerMayDelete: mayDelete
            )
        }
        return posts.compactMap { make($0, nested: false) }
    }

    /// What belongs to the posts besides their rows: mentions, hashtags, reaction counts, and the
    /// viewer's own reactions and shares.
    private struct Details {
        var mentions: [Int64: [Int64]] = [:]
        var tags: [Int64: [String]] = [:]
        /// Medium ids in the order the author chose.
        var media: [Int64: [Int64]] = [:]
        var reactionCounts: [Int64: [ReactionKind: Int]] = [:]
        var viewerReactions: [Int64: ReactionKind] = [:]
        var viewerShares: Set<Int64> = []
    }

    /// All details in one statement: every query costs a trip to the database's thread, more than
    /// these index lookups themselves.
    private func details(of postIDs: [Int64]) async throws -> Details {
        let ids: [any Encodable & Sendable] = postIDs
        var viewerParts: SQLQueryString = ""
        if let viewerID = viewer.id, withPersonalFlags {
            viewerParts = """
                UNION ALL SELECT 'own', post_id, 0, kind, 0 FROM reactions WHERE user_id = \(bind: viewerID) AND post_id IN (\(binds: ids))
                UNION ALL SELECT 'shared', reblog_of_id, 0, '', 0 FROM posts WHERE author_id = \(bind: viewerID) AND reblog_of_id IN (\(binds: ids))
                """
        }
        let rows = try await database.sql.raw("""
            SELECT 'mention' AS part, post_id, user_id AS member, '' AS label, 0 AS n FROM post_mentions WHERE post_id IN (\(binds: ids))
            UNION ALL SELECT 'tag', post_id, 0, tag, id FROM post_tags WHERE post_id IN (\(binds: ids))
            UNION ALL SELECT 'reactions', post_id, 0, kind, COUNT(*) FROM reactions WHERE post_id IN (\(binds: ids)) GROUP BY post_id, kind
            UNION ALL SELECT 'media', post_id, media_id, '', position FROM post_media WHERE post_id IN (\(binds: ids))
            \(viewerParts)
            """).all()
        var details = Details()
        var tags: [Int64: [(order: Int64, tag: String)]] = [:]
        var media: [Int64: [(order: Int64, id: Int64)]] = [:]
        for row in rows {
            let postID = try row.decode(column: "post_id", as: Int64.self)
            let label = try row.decode(column: "label", as: String.self)
            switch try row.decode(column: "part", as: String.self) {
            case "mention": details.mentions[postID, default: []].append(try row.decode(column: "member", as: Int64.self))
            case "tag": tags[postID, default: []].append((try row.decode(column: "n", as: Int64.self), label))
            case "media": media[postID, default: []].append((try row.decode(column: "n", as: Int64.self), try row.decode(column: "member", as: Int64.self)))
            case "reactions":
                if let kind = ReactionKind(rawValue: label) { details.reactionCounts[postID, default: [:]][kind] = try row.decode(column: "n", as: Int.self) }
            case "own": details.viewerReactions[postID] = ReactionKind(rawValue: label)
            default: details.viewerShares.insert(postID)
            }
        }
        // Hashtags in the order they were written.
        details.tags = tags.mapValues { $0.sorted { $0.order < $1.order }.map(\.tag) }
        details.media = media.mapValues { $0.sorted { $0.order < $1.order }.map(\.id) }
        return details
    }
}
