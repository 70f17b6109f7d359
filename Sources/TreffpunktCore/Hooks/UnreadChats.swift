import Fluent
import Vapor

/// Counts a member's unread chat messages for the navigation badge. The messaging feature provides
/// it; the layout only shows the number.
package protocol UnreadChatsSource: Sendable {
    func unreadCount(for memberID: Int64, on database: any Database) async throws -> Int
}

extension Application {
    private struct UnreadChatsKey: StorageKey {
        typealias Value = any UnreadChatsSource
    }

    package var unreadChats: (any UnreadChatsSource)? {
        get { storage[UnreadChatsKey.self] }
        set { storage[UnreadChatsKey.self] = newValue }
    }
}
