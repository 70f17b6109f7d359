import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Mastodon's conversations over direct posts: a direct thread (root post and comments) is a
/// conversation of its author, the people it mentions and the Pinnwand owner. Each participant keeps
/// it with its newest post and unread mark; deleting hides it until the next message.
struct ConversationService {
    let database: any Database

    private static let policy = VisibilitySQL(post: "g", mentionsTable: PostMention.schema)

    /// The participants of direct threads by root post id: author, Pinnwand owner, people mentioned.
    func participants(of roots: [Post]) async throws -> [Int64: Set<Int64>] {
        guard !roots.isEmpty else { return [:] }
        let ids = roots.map { $0.requireID() }
        var result = Dictionary(uniqueKeysWithValues: roots.map { ($0.requireID(), Set([$0.authorID] + [$0.wallOwnerID].compactMap { $0 })) })
        for mention in try await PostMention.query(on: database).filter(\.$postID ~~ ids).all() {
            result[mention.postID, default: []].insert(mention.userID)
        }
        return result
    }

    /// Inside the transaction that stored `post`, a message in the direct thread `root`: each participant
    /// gets the thread back (also after deleting it) with this newest post, unread but for its author.
    func record(_ post: Post, in root: Post, participants: Set<Int64>) async throws {
        guard root.visibility == .direct, !participants.isEmpty else { return }
        let rows = participants.sorted().map { member -> SQLQueryString in
            "(\(bind: member), \(bind: root.requireID()), \(bind: post.requireID()), \(bind: member != post.authorID))"
        }
        try await database.sql.raw("""
            INSERT INTO conversation_members (member_id, root_id, last_status_id, unread) VALUES \(rows.joined(separator: ", "))
            ON CONFLICT (member_id, root_id) DO UPDATE SET last_status_id = excluded.last_status_id, unread = excluded.unread
            """).run()
    }

    /// Inside an edit's transaction: people newly mentioned in a direct root post join its conversation.
    func add(_ members: Set<Int64>, to root: Post) async throws {
        guard root.visibility == .direct, root.rootID == nil, !members.isEmpty else { return }
        let rootID = root.requireID()
        let rows = members.sorted().map { member -> SQLQueryString in
            "(\(bind: member), \(bind: rootID), COALESCE((SELECT MAX(id) FROM posts WHERE root_id = \(bind: rootID)), \(bind: rootID)), \(bind: true))"
        }
        try await database.sql.raw("""
            INSERT INTO conversation_members (member_id, root_id, last_status_id, unread) VALUES \(rows.joined(separator: ", "))
            ON CONFLICT (member_id, root_id) DO NOTHING
            """).run()
    }

    /// Inside a deletion's transaction, after a comment of the thread went: its newest post is the one before.
    func commentRemoved(from rootID: Int64) async throws {
        try await database.sql.raw("""
            UPDATE conversation_members SET last_status_id = COALESCE((SELECT MAX(id) FROM posts WHERE root_id = \(bind: rootID)), \(bind: rootID))
            WHERE root_id = \(bind: rootID)
            """).run()
    }

    /// The reader's conversations, newest activity first, keyset-paged on the newest post; threads the
    /// reader may no longer see (blocked, no longer mentioned) are left out.
    func list(for viewer: AudienceViewer, page: PageRequest) async throws -> [ConversationMember] {
        guard let viewerID = viewer.id else { return [] }
        let rows = try await database.sql.raw("""
            SELECT cm.* FROM conversation_members cm JOIN posts g ON g.id = cm.root_id
            WHERE cm.member_id = \(bind: viewerID) AND \(Self.policy.condition(for: viewer))\(page.bounds(on: "cm.last_status_id"))
            ORDER BY cm.last_status_id \(page.direction) LIMIT \(literal: page.limit)
            """).all().map(ConversationMember.init(row:))
        return page.ordered(rows, id: \.lastStatusID)
    }

    /// One of the reader's conversations, if they may still see it.
    func find(_ rootID: Int64, for viewer: AudienceViewer) async throws -> ConversationMember? {
        guard let viewerID = viewer.id else { return nil }
        return try await database.sql.raw("""
            SELECT cm.* FROM conversation_members cm JOIN posts g ON g.id = cm.root_id
            WHERE cm.member_id = \(bind: viewerID) AND cm.root_id = \(bind: rootID) AND \(Self.policy.condition(for: viewer))
            """).first().map(ConversationMember.init(row:))
    }

    /// Every participant's entry of one thread, for the live `conversation` events.
    func entries(of rootID: Int64) async throws -> [ConversationMember] {
        try await database.sql.raw("SELECT * FROM conversation_members WHERE root_id = \(bind: rootID)")
            .all().map(ConversationMember.init(row:))
    }

    func markRead(_ rootID: Int64, for memberID: Int64) async throws {
        try await database.sql.raw("""
            UPDATE conversation_members SET unread = \(bind: false) WHERE member_id = \(bind: memberID) AND root_id = \(bind: rootID)
            """).run()
    }

    /// Hides the conversation from the member until a new message arrives.
    func remove(_ rootID: Int64, for memberID: Int64) async throws {
        try await database.sql.raw("""
            DELETE FROM conversation_members WHERE member_id = \(bind: memberID) AND root_id = \(bind: rootID)
            """).run()
    }
}
