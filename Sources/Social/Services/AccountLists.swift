import Fluent
import SQLKit
import TreffpunktCore

/// Paged lists of accounts: followers and followed accounts, blocked and muted ones, people asking
/// for friendship, and who reacted to or shared a post. As in Mastodon, the id of the row that puts an
/// account on the list (the friendship, the follow, the reaction…) is the keyset cursor, so a page
/// is one index range scan whatever the list's length.
struct AccountLists {
    let database: any Database

    struct Entry: Sendable, Equatable {
        /// The id of the row behind the entry: what `max_id` and `min_id` refer to.
        let cursor: Int64
        let memberID: Int64
    }

    /// Friends and plain followers. The lists of someone the reader blocked, or who blocked the reader, stay empty.
    func followers(of memberID: Int64, for viewer: AudienceViewer, page: PageRequest) async throws -> [Entry] {
        if viewer.blockedIDs.contains(memberID) { return [] }
        return try await entries(from: """
            SELECT id AS row_id, friend_id AS member_id FROM friendships WHERE user_id = \(bind: memberID)
            UNION ALL
            SELECT id AS row_id, follower_id AS member_id FROM follows WHERE followee_id = \(bind: memberID)
              AND follower_id NOT IN (SELECT friend_id FROM friendships WHERE user_id = \(bind: memberID))
            """, excluding: viewer.blockedIDs, page: page)
    }

    /// Friends and the accounts followed without friendship.
    func following(of memberID: Int64, for viewer: AudienceViewer, page: PageRequest) async throws -> [Entry] {
        if viewer.blockedIDs.contains(memberID) { return [] }
        return try await entries(from: """
            SELECT id AS row_id, friend_id AS member_id FROM friendships WHERE user_id = \(bind: memberID)
            UNION ALL
            SELECT id AS row_id, followee_id AS member_id FROM follows WHERE follower_id = \(bind: memberID)
              AND followee_id NOT IN (SELECT friend_id FROM friendships WHERE user_id = \(bind: memberID))
            """, excluding: viewer.blockedIDs, page: page)
    }

    func blocked(by memberID: Int64, page: PageRequest) async throws -> [Entry] {
        try await entries(from: "SELECT id AS row_id, blocked_id AS member_id FROM blocks WHERE blocker_id = \(bind: memberID)", page: page)
    }

    func muted(by memberID: Int64, page: PageRequest) async throws -> [Entry] {
        try await entries(from: "SELECT id AS row_id, muted_id AS member_id FROM mutes WHERE muter_id = \(bind: memberID)", page: page)
    }

    /// Friendship requests waiting for the member's answer (Mastodon's follow requests).
    func requesters(to memberID: Int64, page: PageRequest) async throws -> [Entry] {
        try await entries(from: """
            SELECT id AS row_id, requester_id AS member_id FROM friend_requests WHERE addressee_id = \(bind: memberID)
            """, page: page)
    }

    /// Everyone who reacted to a post the reader may see (every reaction counts, as in `favourites_count`).
    func reactors(of postID: Int64, for viewer: AudienceViewer, page: PageRequest) async throws -> [Entry] {
        let post = try await visibleOriginal(postID, viewer)
        return try await entries(from: """
            SELECT id AS row_id, user_id AS member_id FROM reactions WHERE post_id = \(bind: post.requireID())
            """, excluding: viewer.blockedIDs, page: page)
    }

    /// Everyone who shared a post the reader may see.
    func sharers(of postID: Int64, for viewer: AudienceViewer, page: PageRequest) async throws -> [Entry] {
        let post = try await visibleOriginal(postID, viewer)
        return try await entries(from: """
            SELECT id AS row_id, author_id AS member_id FROM posts WHERE reblog_of_id = \(bind: post.requireID())
            """, excluding: viewer.blockedIDs, page: page)
    }

    private func visibleOriginal(_ postID: Int64, _ viewer: AudienceViewer) async throws -> Post {
        let access = PostAccess(database: database)
        return try await access.original(of: try await access.visiblePost(postID, to: viewer), to: viewer)
    }

    private func entries(from source: SQLQueryString, excluding hidden: Set<Int64> = [], page: PageRequest) async throws -> [Entry] {
        var condition: SQLQueryString = "1 = 1"
        if !hidden.isEmpty {
            let list: [any Encodable & Sendable] = hidden.sorted()
            condition = "l.member_id NOT IN (\(binds: list))"
        }
        let rows = try await database.sql.raw("""
            SELECT l.row_id, l.member_id FROM (\(source)) l
            WHERE \(condition)\(page.bounds(on: "l.row_id"))
            ORDER BY l.row_id \(page.direction) LIMIT \(literal: page.limit)
            """).all()
        let entries = try rows.map {
            Entry(cursor: try $0.decode(column: "row_id", as: Int64.self), memberID: try $0.decode(column: "member_id", as: Int64.self))
        }
        return page.ordered(entries, id: \.cursor)
    }
}
