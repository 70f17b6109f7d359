import Fluent
import Social
import SQLKit
import TreffpunktCore

/// Full-text search in the messages of the chats the searcher takes part in now, newest first. The
/// matches drive the query, the participation join keeps everything else out.
struct ChatSearch {
    static let limit = 30

    let database: any Database

    func messages(matching query: String, for memberID: Int64, before maxID: Int64? = nil, limit: Int = limit) async throws -> [ChatMessage] {
        let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { throw UserFacingError(.badRequest, MessagingText.searchQueryMissing) }
        let sql = database.sql
        let source: SQLQueryString
        let match: SQLQueryString
        if sql.dialect.name == "sqlite" {
            // Each word quoted, so the text is never read as FTS5 syntax; the last one as a prefix.
            let expression = words.enumerated().map { index, word in "\"\(word)\"" + (index == words.count - 1 ? "*" : "") }
                .joined(separator: " ")
            source = "chat_message_search s JOIN chat_messages m ON m.id = s.rowid"
            match = "chat_message_search MATCH \(bind: expression)"
        } else {
            let expression = words.enumerated().map { index, word in
                word.replacingOccurrences(of: "'", with: "") + (index == words.count - 1 ? ":*" : "")
            }.joined(separator: " & ")
            source = "chat_messages m"
            match = "m.search_vector @@ to_tsquery('simple', \(PostgresSearch.folded("\(bind: expression)")))"
        }
        let bound: SQLQueryString = maxID.map { " AND m.id < \(bind: $0)" } ?? ""
        let rows = try await sql.raw("""
            SELECT m.id AS id FROM \(source)
            JOIN chat_participants p ON p.chat_id = m.chat_id AND p.member_id = \(bind: memberID) AND p.left_at IS NULL
            WHERE \(match) AND m.deleted_at IS NULL\(bound)
            ORDER BY m.id DESC LIMIT \(literal: min(max(limit, 1), 40))
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
        guard !ids.isEmpty else { return [] }
        return try await ChatMessage.query(on: database).filter(\.$id ~~ ids).sort(\.$id, .descending).all()
    }
}
