import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Followers (friends and plain followers), following, post counts, pending requests and posting
/// preferences for Mastodon's `Account`: two queries for any number of accounts.
struct SocialAccountStatistics: AccountStatisticsSource {
    func statistics(for accountIDs: [Int64], on database: any Database) async throws -> [Int64: AccountStatistics] {
        guard !accountIDs.isEmpty else { return [:] }
        let ids: [any Encodable & Sendable] = accountIDs
        // One statement of five grouped index lookups: an answer with twenty accounts asks this once.
        let rows = try await database.sql.raw("""
            SELECT 'friends' AS figure, user_id AS account, COUNT(*) AS n, MAX(0) AS last FROM friendships WHERE user_id IN (\(binds: ids)) GROUP BY user_id
            UNION ALL SELECT 'followers', followee_id, COUNT(*), MAX(0) FROM follows WHERE followee_id IN (\(binds: ids)) GROUP BY followee_id
            UNION ALL SELECT 'following', follower_id, COUNT(*), MAX(0) FROM follows WHERE follower_id IN (\(binds: ids)) GROUP BY follower_id
            UNION ALL SELECT 'posts', author_id, COUNT(*), MAX(id) FROM posts WHERE author_id IN (\(binds: ids)) AND root_id IS NULL GROUP BY author_id
            UNION ALL SELECT 'requests', addressee_id, COUNT(*), MAX(0) FROM friend_requests WHERE addressee_id IN (\(binds: ids)) GROUP BY addressee_id
            """).all()
        var figures: [String: [Int64: (count: Int, last: Int64)]] = [:]
        for row in rows {
            let figure = try row.decode(column: "figure", as: String.self)
            figures[figure, default: [:]][try row.decode(column: "account", as: Int64.self)] =
                (try row.decode(column: "n", as: Int.self), try row.decode(column: "last", as: Int64.self))
        }
        func count(_ figure: String, _ id: Int64) -> Int { figures[figure]?[id]?.count ?? 0 }
        let preferences = try await SocialPreferences.query(on: database).filter(\.$id ~~ accountIDs).all()
        let byMember = Dictionary(uniqueKeysWithValues: preferences.compactMap { preference in preference.id.map { ($0, preference) } })
        return Dictionary(uniqueKeysWithValues: accountIDs.map { id in
            var statistics = AccountStatistics()
            statistics.followersCount = count("friends", id) + count("followers", id)
            statistics.followingCount = count("friends", id) + count("following", id)
            statistics.statusesCount = count("posts", id)
            // Snowflake ids carry their creation time in the upper bits.
            statistics.lastStatusAt = figures["posts"]?[id].map { Date(timeIntervalSince1970: Double($0.last >> 16) / 1000) }
            statistics.approvesFollowers = !(byMember[id]?.acceptsFollowers ?? false)
            statistics.defaultPostVisibility = byMember[id]?.defaultVisibility ?? SocialPreferences.defaultVisibility
            statistics.pendingFollowRequests = count("requests", id)
            return (id, statistics)
        })
    }
}

struct SocialUnreadNotifications: UnreadNotificationsSource {
    func unreadCount(for memberID: Int64, on database: any Database) async throws -> Int {
        try await NotificationService(database: database).unreadCount(for: memberID)
    }
}
