import Accounts
import Fluent
import SQLKit
import TreffpunktCore

/// Reads chats and their messages for one participant: the list of chats newest first with unread
/// counts, pages of messages by id (keyset, never OFFSET), and the unread total of the badge.
struct ChatListing {
    static let maximumChats = 200
    static let messagePage = 30

    let database: any Database

    /// The member's chats, newest activity first.
    func chats(of memberID: Int64) async throws -> [ChatSummary] {
        let chatIDs = try await ChatParticipant.query(on: database).filter(\.$memberID == memberID).filter(\.$leftAt == nil)
            .all().map(\.chatID)
        guard !chatIDs.isEmpty else { return [] }
        let chats = try await Chat.query(on: database).filter(\.$id ~~ chatIDs)
            .sort(\.$lastMessageAt, .descending).sort(\.$id, .descending).limit(Self.maximumChats).all()
        return try await summaries(of: chats, for: memberID)
    }

    /// Summaries of the given chats for `memberID`, in their order; a handful of queries for any number.
    func summaries(of chats: [Chat], for memberID: Int64) async throws -> [ChatSummary] {
        guard !chats.isEmpty else { return [] }
        let chatIDs = chats.map { $0.requireID() }
        let participants = try await ChatParticipant.query(on: database).filter(\.$chatID ~~ chatIDs).filter(\.$leftAt == nil).all()
        let lastMessages = try await ChatMessage.query(on: database).filter(\.$id ~~ chats.compactMap(\.lastMessageID)).all()
        let byChat = Dictionary(grouping: participants, by: \.chatID)
        async let members = MemberLookup(database: database).members(ids: participants.map(\.memberID))
        async let unread = unreadCounts(of: memberID)
        let presented = Dictionary(
            try await MessagePresenter(database: database).present(lastMessages, participants: participants).map { ($0.message.chatID, $0) },
            uniquingKeysWith: { first, _ in first })
        let (found, counts) = try await (members, unread)
        return chats.map { chat in
            ChatSummary(chat: chat, participants: byChat[chat.requireID()] ?? [], members: found,
                        lastMessage: presented[chat.requireID()], unread: counts[chat.requireID()] ?? 0, readerID: memberID)
        }
    }

    /// Messages of others after the reader's read mark, per chat (deleted ones do not count).
    func unreadCounts(of memberID: Int64) async throws -> [Int64: Int] {
        try await unread(where: "p.member_id = \(bind: memberID)", per: "chat_id")
    }

    /// Each participant's unread count in one chat, for the events that send every one of them the chat.
    func unreadCounts(in chatID: Int64) async throws -> [Int64: Int] {
        try await unread(where: "p.chat_id = \(bind: chatID)", per: "member_id")
    }

    /// Unread messages of active participants matching `condition`, counted per `column` of the participant.
    private func unread(where condition: SQLQueryString, per column: String) async throws -> [Int64: Int] {
        let rows = try await database.sql.raw("""
            SELECT p.\(unsafeRaw: column) AS grouped, COUNT(m.id) AS n FROM chat_participants p
            JOIN chat_messages m ON m.chat_id = p.chat_id AND m.id > COALESCE(p.last_read_message_id, 0)
                AND m.author_id <> p.member_id AND m.deleted_at IS NULL
            WHERE \(condition) AND p.left_at IS NULL
            GROUP BY p.\(unsafeRaw: column)
            """).all()
        return try Dictionary(uniqueKeysWithValues: rows.map {
            (try $0.decode(column: "grouped", as: Int64.self), try $0.decode(column: "n", as: Int.self))
        })
    }

    /// A page of a chat's messages: before `maxID` (older, newest first), or after `minID` (newer,
    /// oldest first), or the newest ones. Always returned oldest → newest, as a chat reads.
    func messages(in chatID: Int64, before maxID: Int64? = nil, after minID: Int64? = nil, sinceID: Int64? = nil,
                  limit: Int = messagePage) async throws -> [ChatMessage] {
        let query = ChatMessage.query(on: database).filter(\.$chatID == chatID)
        if let maxID { query.filter(\.$id < maxID) }
        if let sinceID { query.filter(\.$id > sinceID) }
        if let minID {
            query.filter(\.$id > minID)
            if maxID == nil { return try await query.sort(\.$id, .ascending).limit(limit).all() }
        }
        return try await query.sort(\.$id, .descending).limit(limit).all().reversed()
    }
}
