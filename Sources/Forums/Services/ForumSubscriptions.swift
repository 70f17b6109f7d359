import Fluent
import SQLKit
import TreffpunktCore

/// Who follows which topic or category. Subscribing twice changes nothing; so does unsubscribing twice.
struct ForumSubscriptions {
    static let table = "forum_subscriptions"

    let database: any Database

    func subscribe(_ memberID: Int64, topicID: Int64) async throws {
        try await database.sql.raw("""
            INSERT INTO forum_subscriptions (member_id, topic_id, since_id)
            VALUES (\(bind: memberID), \(bind: topicID), \(bind: SnowflakeID.next())) ON CONFLICT DO NOTHING
            """).run()
    }

    func subscribe(_ memberID: Int64, categoryID: Int64) async throws {
        try await database.sql.raw("""
            INSERT INTO forum_subscriptions (member_id, category_id, since_id)
            VALUES (\(bind: memberID), \(bind: categoryID), \(bind: SnowflakeID.next())) ON CONFLICT DO NOTHING
            """).run()
    }

    func unsubscribe(_ memberID: Int64, topicID: Int64) async throws {
        try await database.sql.raw("DELETE FROM forum_subscriptions WHERE member_id = \(bind: memberID) AND topic_id = \(bind: topicID)").run()
    }

    func unsubscribe(_ memberID: Int64, categoryID: Int64) async throws {
        try await database.sql.raw("""
            DELETE FROM forum_subscriptions WHERE member_id = \(bind: memberID) AND category_id = \(bind: categoryID)
            """).run()
    }

    /// Everyone who follows the topic or its category.
    func subscribers(topicID: Int64, categoryID: Int64) async throws -> Set<Int64> {
        Set(try await database.sql.raw("""
            SELECT member_id FROM forum_subscriptions WHERE topic_id = \(bind: topicID) OR category_id = \(bind: categoryID)
            """).all().map { try $0.decode(column: "member_id", as: Int64.self) })
    }

    func isSubscribed(_ memberID: Int64, topicID: Int64) async throws -> Bool {
        try await database.sql.raw("""
            SELECT 1 AS found FROM forum_subscriptions WHERE member_id = \(bind: memberID) AND topic_id = \(bind: topicID)
            """).first() != nil
    }

    func isSubscribed(_ memberID: Int64, categoryID: Int64) async throws -> Bool {
        try await database.sql.raw("""
            SELECT 1 AS found FROM forum_subscriptions WHERE member_id = \(bind: memberID) AND category_id = \(bind: categoryID)
            """).first() != nil
    }

    /// The subscribed topics, newest activity first (bounded: a person follows a handful).
    func topics(of memberID: Int64, limit: Int = 100) async throws -> [ForumTopic] {
        let rows = try await database.sql.raw("""
            SELECT topic_id FROM forum_subscriptions WHERE member_id = \(bind: memberID) AND topic_id IS NOT NULL
            """).all()
        let ids = try rows.map { try $0.decode(column: "topic_id", as: Int64.self) }
        guard !ids.isEmpty else { return [] }
        return try await ForumTopic.query(on: database).filter(\.$id ~~ ids).sort(\.$activityID, .descending).limit(limit).all()
    }

    /// The subscribed categories with how many topics and replies came since subscribing that the
    /// person has not read: two grouped queries for all of them.
    func categories(of memberID: Int64) async throws -> [(category: ForumCategory, fresh: Int)] {
        let rows = try await database.sql.raw("""
            SELECT category_id FROM forum_subscriptions WHERE member_id = \(bind: memberID) AND category_id IS NOT NULL
            """).all()
        let ids = try rows.map { try $0.decode(column: "category_id", as: Int64.self) }
        guard !ids.isEmpty else { return [] }
        let categories = try await ForumCategory.query(on: database).filter(\.$id ~~ ids).sort(\.$name).all()
        let newReplies = try await database.sql.raw("""
            SELECT s.category_id AS category_id, COUNT(*) AS n FROM forum_subscriptions s
            JOIN forum_topics t ON t.category_id = s.category_id
            JOIN forum_replies r ON r.topic_id = t.id
            LEFT JOIN forum_reads fr ON fr.topic_id = t.id AND fr.member_id = s.member_id
            WHERE s.member_id = \(bind: memberID) AND r.id > s.since_id AND r.id > COALESCE(fr.last_read_id, 0)
            GROUP BY s.category_id
            """).all()
        let newTopics = try await database.sql.raw("""
            SELECT s.category_id AS category_id, COUNT(*) AS n FROM forum_subscriptions s
            JOIN forum_topics t ON t.category_id = s.category_id
            LEFT JOIN forum_reads fr ON fr.topic_id = t.id AND fr.member_id = s.member_id
            WHERE s.member_id = \(bind: memberID) AND t.id > s.since_id AND fr.topic_id IS NULL
            GROUP BY s.category_id
            """).all()
        var fresh: [Int64: Int] = [:]
        for row in newReplies + newTopics {
            fresh[try row.decode(column: "category_id", as: Int64.self), default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return categories.map { ($0, fresh[$0.requireID()] ?? 0) }
    }
}
