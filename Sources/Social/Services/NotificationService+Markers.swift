import Fluent
import Foundation
import SQLKit

extension NotificationService {
    /// Mastodon's read marker: everything up to and including `lastReadID` counts as read.
    func markRead(upTo lastReadID: Int64, for memberID: Int64, now: Date = Date()) async throws {
        try await SocialNotification.query(on: database)
            .filter(\.$recipientID == memberID).filter(\.$readAt == nil).filter(\.$id <= lastReadID)
            .set(\.$readAt, to: now).update()
    }

    /// The newest notification the member has read, and when; `nil` while nothing was read.
    func readMarker(for memberID: Int64) async throws -> (lastReadID: Int64, readAt: Date)? {
        guard let newest = try await SocialNotification.query(on: database)
            .filter(\.$recipientID == memberID).filter(\.$readAt != nil)
            .sort(\.$id, .descending).first(),
              let id = newest.id, let readAt = newest.readAt else { return nil }
        return (id, readAt)
    }
}
