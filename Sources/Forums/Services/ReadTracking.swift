import Fluent
import SQLKit
import TreffpunktCore

/// How a topic stands for one reader: never opened, or opened with some replies since.
enum ReadState: Sendable, Equatable {
    case unread
    case newReplies(Int)
}

/// Per person and topic, the id of the last reply (or the topic itself) they have seen, in one table.
struct ReadTracking {
    static let table = "forum_reads"

    let database: any Database

    /// Marks the topic read up to `lastID`; never moves backwards (an older page opened later).
    func markRead(topicID: Int64, upTo lastID: Int64, by memberID: Int64) async throws {
        try await database.sql.raw("""
            INSERT INTO forum_reads (member_id, topic_id, last_read_id) VALUES (\(bind: memberID), \(bind: topicID), \(bind: lastID))
            ON CONFLICT (member_id, topic_id) DO UPDATE SET last_read_id = excluded.last_read_id
            WHERE excluded.last_read_id > forum_reads.last_read_id
            """).run()
    }

    /// For each topic, whether the reader opened it and how many replies came since: one query for the page.
    func states(of topicIDs: [Int64], for memberID: Int64) async throws -> [Int64: ReadState] {
        guard !topicIDs.isEmpty else { return [:] }
        let ids: [any Encodable & Sendable] = topicIDs
        let rows = try await database.sql.raw("""
            SELECT t.id AS topic_id, fr.last_read_id AS last_read_id,
                   (SELECT COUNT(*) FROM forum_replies r WHERE r.topic_id = t.id AND r.id > fr.last_read_id) AS fresh
            FROM forum_topics t
            LEFT JOIN forum_reads fr ON fr.topic_id = t.id AND fr.member_id = \(bind: memberID)
            WHERE t.id IN (\(binds: ids))
            """).all()
        var states: [Int64: ReadState] = [:]
        for row in rows {
            let id = try row.decode(column: "topic_id", as: Int64.self)
            if try row.decode(column: "last_read_id", as: Int64?.self) == nil {
                states[id] = .unread
            } else {
                states[id] = .newReplies(try row.decode(column: "fresh", as: Int?.self) ?? 0)
            }
        }
        return states
    }
}
