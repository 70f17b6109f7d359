import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// The lists of posts: a member's newsfeed, the public and hashtag timelines, a profile with its
/// Pinnwand. Each is one keyset-paged query filtered by the visibility policy's SQL twin, so a
/// post the reader may not see never leaves the database.
struct FeedService {
    let database: any Database

    private static let policy = VisibilitySQL(post: "p", mentionsTable: PostMention.schema)

    /// Own posts, friends' and followed accounts' posts and shares, what is written on their walls
    /// and one's own (a Pinnwand post reaches both sides' circles), posts in the reader's spaces
    /// (a project's status updates reach its team) and posts that mention the reader.
    func home(for viewer: AudienceViewer, page: PageRequest) async throws -> [Post] {
        guard let viewerID = viewer.id else { return [] }
        // The circles as subqueries rather than lists of ids: no query before this one, and a short
        // statement for the database to prepare however many friends the reader has.
        let sources: SQLQueryString = """
            SELECT friend_id FROM friendships WHERE user_id = \(bind: viewerID)
            UNION SELECT followee_id FROM follows WHERE follower_id = \(bind: viewerID)
            """
        let muted: SQLQueryString = "SELECT muted_id FROM mutes WHERE muter_id = \(bind: viewerID)"
        return try await posts(where: """
            p.root_id IS NULL AND p.author_id NOT IN (\(muted)) AND (p.author_id = \(bind: viewerID) OR p.author_id IN (\(sources))
                OR p.wall_owner_id = \(bind: viewerID) OR (p.wall_owner_id IN (\(sources)) AND p.wall_owner_id NOT IN (\(muted)))
                OR p.space_id IN (SELECT space_id FROM space_members WHERE member_id = \(bind: viewerID))
                OR p.id IN (SELECT post_id FROM post_mentions WHERE user_id = \(bind: viewerID)))
            """, viewer: viewer, page: page)
    }

    /// The posts written in a space, newest first, for a reader the policy lets see them (its members).
    func space(_ spaceID: Int64, for viewer: AudienceViewer, page: PageRequest) async throws -> [Post] {
        try await posts(among: "SELECT id FROM posts WHERE space_id = \(bind: spaceID)",
                        where: "p.root_id IS NULL", viewer: viewer, page: page)
    }

    /// How many posts arrived in the newsfeed after `sinceID` (at most 100: the indicator says "new posts").
    func homeCount(for viewer: AudienceViewer, since sinceID: Int64) async throws -> Int {
        try await home(for: viewer, page: PageRequest(sinceID: sinceID, limit: PageRequest.maximumLimit)).count
    }

    /// Public posts of everyone, without shares and comments: what a visitor may read.
    func publicTimeline(for viewer: AudienceViewer, page: PageRequest, onlyMedia: Bool = false) async throws -> [Post] {
        try await posts(where: """
            p.visibility = \(bind: PostVisibility.public.rawValue) AND p.root_id IS NULL AND p.reblog_of_id IS NULL\(Self.media(onlyMedia))
            """, viewer: viewer, page: page)
    }

    func hashtag(_ tag: String, for viewer: AudienceViewer, page: PageRequest, onlyMedia: Bool = false) async throws -> [Post] {
        try await posts(where: """
            p.root_id IS NULL AND p.id IN (SELECT post_id FROM post_tags WHERE tag = \(bind: tag.lowercased()))\(Self.media(onlyMedia))
            """, viewer: viewer, page: page)
    }

    /// Mastodon's `only_media`: posts that carry photos or videos.
    private static func media(_ only: Bool) -> SQLQueryString {
        only ? " AND p.id IN (SELECT post_id FROM post_media)" : ""
    }

    /// A member's own posts and shares and what friends wrote on their Pinnwand.
    func profile(of memberID: Int64, for viewer: AudienceViewer, page: PageRequest, includeWall: Bool = true) async throws -> [Post] {
        if viewer.blockedIDs.contains(memberID) { return [] }
        // The member's hundred-odd posts are gathered first by two index lookups and only then filtered
        // and sorted: with an OR, or a plain IN, PostgreSQL may walk the whole table in id order instead.
        let wall: SQLQueryString = includeWall ? " UNION ALL SELECT id FROM posts WHERE wall_owner_id = \(bind: memberID)" : ""
        return try await posts(among: "SELECT id FROM posts WHERE author_id = \(bind: memberID)\(wall)",
                               where: "p.root_id IS NULL", viewer: viewer, page: page)
    }

    /// What a member wrote themselves, optionally with their shares but never others' wall posts:
    /// Mastodon's account statuses, where every status is the account's own.
    func authored(by memberID: Int64, for viewer: AudienceViewer, page: PageRequest, includeShares: Bool = true,
                  onlyMedia: Bool = false) async throws -> [Post] {
        if viewer.blockedIDs.contains(memberID) { return [] }
        let shares: SQLQueryString = includeShares ? "" : " AND p.reblog_of_id IS NULL"
        return try await posts(where: "p.root_id IS NULL AND p.author_id = \(bind: memberID)\(shares)\(Self.media(onlyMedia))",
                               viewer: viewer, page: page)
    }

    /// The comments of a post, oldest first, for someone who may see the post.
    func comments(of postID: Int64) async throws -> [Post] {
        try await database.sql.raw("SELECT * FROM posts WHERE root_id = \(bind: postID) ORDER BY id").all().map(Post.init(row:))
    }

    /// `candidates`, when given, selects the ids to choose from, computed on its own before the rest and
    /// then looked up one by one (`CROSS JOIN` keeps SQLite from walking all posts in id order instead).
    private func posts(among candidates: SQLQueryString? = nil, where condition: SQLQueryString, viewer: AudienceViewer,
                       page: PageRequest) async throws -> [Post] {
        let source: SQLQueryString = candidates.map {
            "WITH candidates AS MATERIALIZED (\($0)) SELECT p.* FROM candidates c CROSS JOIN posts p WHERE p.id = c.id AND"
        } ?? "SELECT p.* FROM posts p WHERE"
        let rows = try await database.sql.raw("""
            \(source) \(condition) AND \(Self.policy.condition(for: viewer))\(page.bounds(on: "p.id"))
            ORDER BY p.id \(page.direction) LIMIT \(literal: page.limit)
            """).all().map(Post.init(row:))
        return try await visibleShares(page.ordered(rows, id: { $0.id ?? 0 }), viewer: viewer)
    }

    /// A share is only as visible as the post it shares: drop shares of posts the reader may not see
    /// (their author blocked the reader, say).
    private func visibleShares(_ posts: [Post], viewer: AudienceViewer) async throws -> [Post] {
        let originalIDs = posts.compactMap(\.reblogOfID)
        guard !originalIDs.isEmpty else { return posts }
        let originals = try await Post.rows(ids: originalIDs, on: database)
        let visible = Set(originals.filter {
            VisibilityPolicy.canSee($0.audience, as: viewer)
        }.compactMap(\.id))
        return posts.filter { $0.reblogOfID.map(visible.contains) ?? true }
    }
}
