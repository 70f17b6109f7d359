import Fluent
import TreffpunktCore

/// The badge beside "Nachrichten": every unread message of others in the member's chats.
struct UnreadChatsCounter: UnreadChatsSource {
    func unreadCount(for memberID: Int64, on database: any Database) async throws -> Int {
        try await ChatListing(database: database).unreadCounts(of: memberID).values.reduce(0, +)
    }
}
