import Fluent
import Vapor

/// Counts a member's unread notifications for the navigation badge. The feature that keeps
/// notifications provides it; the layout only shows the number.
package protocol UnreadNotificationsSource: Sendable {
    func unreadCount(for memberID: Int64, on database: any Database) async throws -> Int
}

extension Application {
    private struct UnreadNotificationsKey: StorageKey {
        typealias Value = any UnreadNotificationsSource
    }

    package var unreadNotifications: (any UnreadNotificationsSource)? {
        get { storage[UnreadNotificationsKey.self] }
        set { storage[UnreadNotificationsKey.self] = newValue }
    }
}
