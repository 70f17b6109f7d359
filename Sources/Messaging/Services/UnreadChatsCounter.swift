import Fluent
import SQLKit
import TreffpunktCore

/// The badge beside "Nachrichten": every unread message of others in the member's chats, one query.
struct UnreadChatsCounter: UnreadChatsSource {
    func unreadCount(for memberID: Int64, on database: any Database) async throws -> Int {
        try await database.sql.raw("""
            SELECT COUNT(m.id) AS n FROM chat_participants p
            JOIN chat_messages m ON m.chat_id = p.chat_id AND m.id > COALESCE(p.last_read_message_id, 0)
                AND m.author_id <> p.member_id AND m.deleted_at IS NULL
            WHERE p.member_id = \(bind: memberID) AND p.left_at IS NULL
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
