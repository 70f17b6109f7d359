import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Reads how members stand to each other, in batches: what the visibility policy needs about a
/// viewer, and the relationship buttons and Mastodon `Relationship`s of many accounts at once.
struct Relations {
    let database: any Database

    /// Everything the visibility policy needs to know about the viewer: friends, blocks either way,
    /// spaces and whether they are an employee, in one query of five index lookups (every request that
    /// shows posts asks this first). The affiliation is read here, not taken from the session, so a change
    /// applies from the next request.
    func audienceViewer(for viewerID: Int64?) async throws -> AudienceViewer {
        guard let viewerID else { return .visitor }
        let rows = try await database.sql.raw("""
            SELECT 1 AS friend, friend_id AS id FROM friendships WHERE user_id = \(bind: viewerID)
            UNION ALL SELECT 0, blocked_id FROM blocks WHERE blocker_id = \(bind: viewerID)
            UNION ALL SELECT 0, blocker_id FROM blocks WHERE blocked_id = \(bind: viewerID)
            UNION ALL SELECT 2, space_id FROM space_members WHERE member_id = \(bind: viewerID)
            UNION ALL SELECT 3, id FROM users WHERE id = \(bind: viewerID) AND affiliation = \(bind: "employee")
            """).all()
        var friends = Set<Int64>(), blocked = Set<Int64>(), spaces = Set<Int64>(), isEmployee = false
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            switch try row.decode(column: "friend", as: Int.self) {
            case 1: friends.insert(id)
            case 2: spaces.insert(id)
            case 3: isEmployee = true
            default: blocked.insert(id)
            }
        }
        return AudienceViewer(id: viewerID, isEmployee: isEmployee, friendIDs: friends, blockedIDs: blocked, spaceIDs: spaces)
    }

    func friendIDs(of memberID: Int64) async throws -> Set<Int64> {
        Set(try await database.ids("SELECT friend_id AS id FROM friendships WHERE user_id = \(bind: memberID)"))
    }

    func areFriends(_ a: Int64, _ b: Int64) async throws -> Bool {
        try await Friendship.query(on: database).filter(\.$userID == a).filter(\.$friendID == b).first() != nil
    }

    func isBlockedEitherWay(_ a: Int64, _ b: Int64) async throws -> Bool {
        try await Block.query(on: database).group(.or) { either in
            either.group(.and) { $0.filter(\.$blockerID == a).filter(\.$blockedID == b) }
            either.group(.and) { $0.filter(\.$blockerID == b).filter(\.$blockedID == a) }
        }.first() != nil
    }

    func preferences(of memberID: Int64) async throws -> SocialPreferences {
        try await SocialPreferences.find(memberID, on: database) ?? SocialPreferences(memberID: memberID)
    }

    func acceptsFollowers(_ memberIDs: [Int64]) async throws -> Set<Int64> {
        guard !memberIDs.isEmpty else { return [] }
        return Set(try await SocialPreferences.query(on: database)
            .filter(\.$id ~~ memberIDs).filter(\.$acceptsFollowers == true).all(\.$id).compactMap { $0 })
    }

    /// How the viewer stands to each of the accounts: one statement of eight index lookups, whatever
    /// their number.
    func relationships(of viewerID: Int64, to others: [Int64]) async throws -> [Int64: Relationship] {
        guard !others.isEmpty else { return [:] }
        let ids: [any Encodable & Sendable] = others
        let rows = try await database.sql.raw("""
            SELECT 'friend' AS kind, friend_id AS other FROM friendships WHERE user_id = \(bind: viewerID) AND friend_id IN (\(binds: ids))
            UNION ALL SELECT 'sent', addressee_id FROM friend_requests WHERE requester_id = \(bind: viewerID) AND addressee_id IN (\(binds: ids))
            UNION ALL SELECT 'received', requester_id FROM friend_requests WHERE addressee_id = \(bind: viewerID) AND requester_id IN (\(binds: ids))
            UNION ALL SELECT 'following', followee_id FROM follows WHERE follower_id = \(bind: viewerID) AND followee_id IN (\(binds: ids))
            UNION ALL SELECT 'follower', follower_id FROM follows WHERE followee_id = \(bind: viewerID) AND follower_id IN (\(binds: ids))
            UNION ALL SELECT 'blocking', blocked_id FROM blocks WHERE blocker_id = \(bind: viewerID) AND blocked_id IN (\(binds: ids))
            UNION ALL SELECT 'blocked_by', blocker_id FROM blocks WHERE blocked_id = \(bind: viewerID) AND blocker_id IN (\(binds: ids))
            UNION ALL SELECT 'muting', muted_id FROM mutes WHERE muter_id = \(bind: viewerID) AND muted_id IN (\(binds: ids))
            """).all()
        var result = Dictionary(others.map { ($0, Relationship(isSelf: $0 == viewerID)) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            let other = try row.decode(column: "other", as: Int64.self)
            switch try row.decode(column: "kind", as: String.self) {
            case "friend": result[other]?.isFriend = true
            case "sent": result[other]?.requestSent = true
            case "received": result[other]?.requestReceived = true
            case "following": result[other]?.following = true
            case "follower": result[other]?.followedBy = true
            case "blocking": result[other]?.blocking = true
            case "blocked_by": result[other]?.blockedBy = true
            default: result[other]?.muting = true
            }
        }
        return result
    }
}

/// How one member stands to another, from the first one's side.
struct Relationship: Equatable, Sendable {
    var isSelf = false
    var isFriend = false
    var requestSent = false
    var requestReceived = false
    var following = false
    var followedBy = false
    var blocking = false
    var blockedBy = false
    var muting = false
}
