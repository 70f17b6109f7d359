import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Reads how members stand to each other, in batches: what the visibility policy needs about a
/// viewer, and the relationship buttons and Mastodon `Relationship`s of many accounts at once.
struct Relations {
    let database: any Database

    /// Everything the visibility policy needs to know about the viewer: friends and blocks either
    /// way, in one query of three index lookups (every request that shows posts asks this first).
    func audienceViewer(for viewerID: Int64?) async throws -> AudienceViewer {
        guard let viewerID else { return .visitor }
        let rows = try await database.sql.raw("""
            SELECT 1 AS friend, friend_id AS id FROM friendships WHERE user_id = \(bind: viewerID)
            UNION ALL SELECT 0, blocked_id FROM blocks WHERE blocker_id = \(bind: viewerID)
            UNION ALL SELECT 0, blocker_id FROM blocks WHERE blocked_id = \(bind: viewerID)
            """).all()
        var friends = Set<Int64>(), blocked = Set<Int64>()
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            if try row.decode(column: "friend", as: Int.self) == 1 { friends.insert(id) } else { blocked.insert(id) }
        }
        return AudienceViewer(id: viewerID, friendIDs: friends, blockedIDs: blocked)
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

    /// How the viewer stands to each of the accounts, in seven queries whatever their number.
    func relationships(of viewerID: Int64, to others: [Int64]) async throws -> [Int64: Relationship] {
        guard !others.isEmpty else { return [:] }
        async let friends = Friendship.query(on: database).filter(\.$userID == viewerID).filter(\.$friendID ~~ others).all(\.$friendID)
        async let sent = FriendRequest.query(on: database).filter(\.$requesterID == viewerID).filter(\.$addresseeID ~~ others).all(\.$addresseeID)
        async let received = FriendRequest.query(on: database).filter(\.$addresseeID == viewerID).filter(\.$requesterID ~~ others).all(\.$requesterID)
        async let following = Follow.query(on: database).filter(\.$followerID == viewerID).filter(\.$followeeID ~~ others).all(\.$followeeID)
        async let followers = Follow.query(on: database).filter(\.$followeeID == viewerID).filter(\.$followerID ~~ others).all(\.$followerID)
        async let blocking = Block.query(on: database).filter(\.$blockerID == viewerID).filter(\.$blockedID ~~ others).all(\.$blockedID)
        async let blockedBy = Block.query(on: database).filter(\.$blockedID == viewerID).filter(\.$blockerID ~~ others).all(\.$blockerID)
        async let muting = Mute.query(on: database).filter(\.$muterID == viewerID).filter(\.$mutedID ~~ others).all(\.$mutedID)
        let (friendSet, sentSet, receivedSet) = (Set(try await friends), Set(try await sent), Set(try await received))
        let (followingSet, followerSet) = (Set(try await following), Set(try await followers))
        let (blockingSet, blockedBySet, mutingSet) = (Set(try await blocking), Set(try await blockedBy), Set(try await muting))
        return Dictionary(uniqueKeysWithValues: others.map { id in
            (id, Relationship(
                isSelf: id == viewerID,
                isFriend: friendSet.contains(id),
                requestSent: sentSet.contains(id),
                requestReceived: receivedSet.contains(id),
                following: followingSet.contains(id),
                followedBy: followerSet.contains(id),
                blocking: blockingSet.contains(id),
                blockedBy: blockedBySet.contains(id),
                muting: mutingSet.contains(id)
            ))
        })
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
