import Fluent
import Foundation
import TreffpunktCore

/// Tells members what happened to them, and keeps the list of what they have not read yet.
struct NotificationService {
    let database: any Database

    /// Records a notification unless the member would be telling themselves; returns it, for the live
    /// event its writer publishes once the transaction is committed.
    /// `space` and `link` name what a notification is about when it is no post (a space, a forum topic).
    @discardableResult
    func notify(_ recipientID: Int64, of kind: NotificationKind, by actorID: Int64, post postID: Int64? = nil,
                space spaceID: Int64? = nil, link linkPath: String? = nil) async throws -> SocialNotification? {
        guard recipientID != actorID else { return nil }
        let notification = SocialNotification(recipientID: recipientID, actorID: actorID, kind: kind, postID: postID)
        notification.spaceID = spaceID
        notification.linkPath = linkPath
        try await notification.create(on: database)
        return notification
    }

    func unreadCount(for memberID: Int64) async throws -> Int {
        try await SocialNotification.query(on: database)
            .filter(\.$recipientID == memberID).filter(\.$readAt == nil).count()
    }

    func find(_ id: Int64, for memberID: Int64) async throws -> SocialNotification? {
        try await SocialNotification.query(on: database).filter(\.$id == id).filter(\.$recipientID == memberID).first()
    }

    func markAllRead(for memberID: Int64, now: Date = Date()) async throws {
        try await SocialNotification.query(on: database)
            .filter(\.$recipientID == memberID).filter(\.$readAt == nil)
            .set(\.$readAt, to: now).update()
    }

    func dismiss(_ id: Int64, for memberID: Int64) async throws -> Bool {
        guard let notification = try await find(id, for: memberID) else { return false }
        try await notification.delete(on: database)
        return true
    }

    func clear(for memberID: Int64) async throws {
        try await SocialNotification.query(on: database).filter(\.$recipientID == memberID).delete()
    }

    /// Friend requests answered or withdrawn no longer ask for attention.
    func withdraw(_ kind: NotificationKind, to recipientID: Int64, by actorID: Int64) async throws {
        try await SocialNotification.query(on: database)
            .filter(\.$recipientID == recipientID).filter(\.$actorID == actorID).filter(\.$kind == kind).delete()
    }
}
