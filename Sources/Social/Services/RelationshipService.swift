import Accounts
import Fluent
import Foundation
import TreffpunktCore

/// Friendships, follows, blocks and mutes: each action checks what the two members are to each
/// other, writes in one transaction and tells the other side when that is expected.
struct RelationshipService {
    let database: any Database

    enum FollowOutcome: Equatable {
        case following
        case requested
        case alreadyFriends
    }

    /// Asks for a friendship. A request the other side already sent is accepted instead.
    @discardableResult
    func requestFriendship(from requesterID: Int64, to addresseeID: Int64) async throws -> FollowOutcome {
        try await checkContactAllowed(requesterID, addresseeID)
        if try await MemberLookup(database: database).members(ids: [addresseeID])[addresseeID]?.isPage == true {
            throw UserFacingError(.unprocessableEntity, SocialText.pageNotBefriendable)
        }
        let relations = Relations(database: database)
        if try await relations.areFriends(requesterID, addresseeID) {
            throw UserFacingError(.unprocessableEntity, SocialText.alreadyFriends)
        }
        if try await request(from: addresseeID, to: requesterID) != nil {
            try await acceptRequest(of: addresseeID, by: requesterID)
            return .alreadyFriends
        }
        if try await request(from: requesterID, to: addresseeID) != nil {
            throw UserFacingError(.unprocessableEntity, SocialText.requestAlreadySent)
        }
        let notified = try await database.writeTransaction { db in
            try await FriendRequest(requesterID: requesterID, addresseeID: addresseeID).create(on: db)
            return try await NotificationService(database: db).notify(addresseeID, of: .friendRequest, by: requesterID)
        }
        await database.live?.notified([notified].compactMap { $0 })
        return .requested
    }

    func acceptRequest(of requesterID: Int64, by addresseeID: Int64) async throws {
        guard let pending = try await request(from: requesterID, to: addresseeID) else {
            throw UserFacingError.notFound(SocialText.noSuchRequest)
        }
        let notified = try await database.writeTransaction { db in
            try await pending.delete(on: db)
            try await Friendship(userID: requesterID, friendID: addresseeID).create(on: db)
            try await Friendship(userID: addresseeID, friendID: requesterID).create(on: db)
            let notifications = NotificationService(database: db)
            try await notifications.withdraw(.friendRequest, to: addresseeID, by: requesterID)
            return try await notifications.notify(requesterID, of: .friendAccepted, by: addresseeID)
        }
        await database.live?.notified([notified].compactMap { $0 })
    }

    func declineRequest(of requesterID: Int64, by addresseeID: Int64) async throws {
        guard let pending = try await request(from: requesterID, to: addresseeID) else {
            throw UserFacingError.notFound(SocialText.noSuchRequest)
        }
        try await database.writeTransaction { db in
            try await pending.delete(on: db)
            try await NotificationService(database: db).withdraw(.friendRequest, to: addresseeID, by: requesterID)
        }
    }

    func cancelRequest(from requesterID: Int64, to addresseeID: Int64) async throws {
        guard let pending = try await request(from: requesterID, to: addresseeID) else {
            throw UserFacingError.notFound(SocialText.noSuchRequest)
        }
        try await database.writeTransaction { db in
            try await pending.delete(on: db)
            try await NotificationService(database: db).withdraw(.friendRequest, to: addresseeID, by: requesterID)
        }
    }

    func unfriend(_ memberID: Int64, _ friendID: Int64) async throws {
        guard try await Relations(database: database).areFriends(memberID, friendID) else {
            throw UserFacingError.notFound(SocialText.notFriends)
        }
        try await removeFriendship(memberID, friendID, on: database)
    }

    /// Mastodon's follow: accounts that accept followers are followed at once; people, who confirm
    /// their contacts, receive a friendship request.
    @discardableResult
    func follow(_ followerID: Int64, _ followeeID: Int64) async throws -> FollowOutcome {
        try await checkContactAllowed(followerID, followeeID)
        let relations = Relations(database: database)
        if try await relations.areFriends(followerID, followeeID) { return .alreadyFriends }
        guard try await relations.acceptsFollowers([followeeID]).contains(followeeID) else {
            if try await request(from: followerID, to: followeeID) != nil { return .requested }
            return try await requestFriendship(from: followerID, to: followeeID)
        }
        if try await Follow.query(on: database).filter(\.$followerID == followerID).filter(\.$followeeID == followeeID).first() == nil {
            let notified = try await database.writeTransaction { db in
                try await Follow(followerID: followerID, followeeID: followeeID).create(on: db)
                return try await NotificationService(database: db).notify(followeeID, of: .follow, by: followerID)
            }
            await database.live?.notified([notified].compactMap { $0 })
        }
        return .following
    }

    /// Mastodon's unfollow: ends a follow, withdraws a pending request, and ends a friendship
    /// (an accepted friendship is a mutual follow).
    func unfollow(_ followerID: Int64, _ followeeID: Int64) async throws {
        try await database.writeTransaction { db in
            try await Follow.query(on: db).filter(\.$followerID == followerID).filter(\.$followeeID == followeeID).delete()
            if let pending = try await FriendRequest.query(on: db)
                .filter(\.$requesterID == followerID).filter(\.$addresseeID == followeeID).first() {
                try await pending.delete(on: db)
                try await NotificationService(database: db).withdraw(.friendRequest, to: followeeID, by: followerID)
            }
            try await removeFriendship(followerID, followeeID, on: db)
        }
    }

    /// Blocking ends every tie between the two: friendship, requests and follows in both directions.
    func block(_ blockerID: Int64, _ blockedID: Int64) async throws {
        guard blockerID != blockedID else { throw UserFacingError(.unprocessableEntity, SocialText.notYourself) }
        try await database.writeTransaction { db in
            if try await Block.query(on: db).filter(\.$blockerID == blockerID).filter(\.$blockedID == blockedID).first() == nil {
                try await Block(blockerID: blockerID, blockedID: blockedID).create(on: db)
            }
            try await removeFriendship(blockerID, blockedID, on: db)
            try await FriendRequest.query(on: db).group(.or) { pair in
                pair.group(.and) { $0.filter(\.$requesterID == blockerID).filter(\.$addresseeID == blockedID) }
                pair.group(.and) { $0.filter(\.$requesterID == blockedID).filter(\.$addresseeID == blockerID) }
            }.delete()
            try await Follow.query(on: db).group(.or) { pair in
                pair.group(.and) { $0.filter(\.$followerID == blockerID).filter(\.$followeeID == blockedID) }
                pair.group(.and) { $0.filter(\.$followerID == blockedID).filter(\.$followeeID == blockerID) }
            }.delete()
            try await SocialNotification.query(on: db)
                .filter(\.$recipientID == blockerID).filter(\.$actorID == blockedID).delete()
        }
    }

    func unblock(_ blockerID: Int64, _ blockedID: Int64) async throws {
        try await Block.query(on: database).filter(\.$blockerID == blockerID).filter(\.$blockedID == blockedID).delete()
    }

    func mute(_ muterID: Int64, _ mutedID: Int64) async throws {
        guard muterID != mutedID else { throw UserFacingError(.unprocessableEntity, SocialText.notYourself) }
        if try await Mute.query(on: database).filter(\.$muterID == muterID).filter(\.$mutedID == mutedID).first() == nil {
            try await Mute(muterID: muterID, mutedID: mutedID).create(on: database)
        }
    }

    func unmute(_ muterID: Int64, _ mutedID: Int64) async throws {
        try await Mute.query(on: database).filter(\.$muterID == muterID).filter(\.$mutedID == mutedID).delete()
    }

    func setPreferences(of memberID: Int64, defaultVisibility: PostVisibility, acceptsFollowers: Bool) async throws {
        let preferences = try await SocialPreferences.find(memberID, on: database) ?? SocialPreferences(memberID: memberID)
        preferences.defaultVisibility = defaultVisibility
        preferences.acceptsFollowers = acceptsFollowers
        try await preferences.save(on: database)
    }

    private func request(from requesterID: Int64, to addresseeID: Int64) async throws -> FriendRequest? {
        try await FriendRequest.query(on: database)
            .filter(\.$requesterID == requesterID).filter(\.$addresseeID == addresseeID).first()
    }

    private func checkContactAllowed(_ actorID: Int64, _ otherID: Int64) async throws {
        guard actorID != otherID else { throw UserFacingError(.unprocessableEntity, SocialText.notYourself) }
        if try await Relations(database: database).isBlockedEitherWay(actorID, otherID) {
            throw UserFacingError(.forbidden, SocialText.blockedContact)
        }
    }

    private func removeFriendship(_ a: Int64, _ b: Int64, on db: any Database) async throws {
        try await Friendship.query(on: db).group(.or) { pair in
            pair.group(.and) { $0.filter(\.$userID == a).filter(\.$friendID == b) }
            pair.group(.and) { $0.filter(\.$userID == b).filter(\.$friendID == a) }
        }.delete()
    }
}
