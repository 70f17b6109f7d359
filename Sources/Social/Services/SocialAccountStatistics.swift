import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Followers (friends and plain followers), following, post counts, pending requests and posting
/// preferences for Mastodon's `Account`: a fixed number of grouped queries for any number of accounts.
struct SocialAccountStatistics: AccountStatisticsSource {
    func statistics(for accountIDs: [Int64], on database: any Database) async throws -> [Int64: AccountStatistics] {
        guard !accountIDs.isEmpty else { return [:] }
        let ids: [any Encodable & Sendable] = accountIDs
        let sql = database.sql
        func counts(_ query: SQLQueryString) async throws -> [Int64: Int] {
            var result: [Int64: Int] = [:]
            for row in try await sql.raw(query).all() {
                result[try row.decode(column: "account", as: Int64.self)] = try row.decode(column: "n", as: Int.self)
            }
            return result
        }
        let friends = try await counts("SELECT user_id AS account, COUNT(*) AS n FROM friendships WHERE user_id IN (\(binds: ids)) GROUP BY user_id")
        let followers = try await counts("SELECT followee_id AS account, COUNT(*) AS n FROM follows WHERE followee_id IN (\(binds: ids)) GROUP BY followee_id")
        let following = try await counts("SELECT follower_id AS account, COUNT(*) AS n FROM follows WHERE follower_id IN (\(binds: ids)) GROUP BY follower_id")
        var lastPosts: [Int64: (Int, Int64)] = [:]
        for row in try await sql.raw("""
            SELECT author_id, COUNT(*) AS n, MAX(id) AS last FROM posts WHERE author_id IN (\(binds: ids)) AND root_id IS NULL GROUP BY author_id
            """).all() {
            lastPosts[try row.decode(column: "author_id", as: Int64.self)] = (try row.decode(column: "n", as: Int.self), try row.decode(column: "last", as: Int64.self))
        }
        let requests = try await counts("SELECT addressee_id AS account, COUNT(*) AS n FROM friend_requests WHERE addressee_id IN (\(binds: ids)) GROUP BY addressee_id")
        let preferences = try await SocialPreferences.query(on: database).filter(\.$id ~~ accountIDs).all()
        let byMember = Dictionary(uniqueKeysWithValues: preferences.compactMap { preference in preference.id.map { ($0, preference) } })
        return Dictionary(uniqueKeysWithValues: accountIDs.map { id in
            var statistics = AccountStatistics()
            statistics.followersCount = (friends[id] ?? 0) + (followers[id] ?? 0)
            statistics.followingCount = (friends[id] ?? 0) + (following[id] ?? 0)
            statistics.statusesCount = lastPosts[id]?.0 ?? 0
            // Snowflake ids carry their creation time in the upper bits.
            statistics.lastStatusAt = lastPosts[id].map { Date(timeIntervalSince1970: Double($0.1 >> 16) / 1000) }
            statistics.approvesFollowers = !(byMember[id]?.acceptsFollowers ?? false)
            statistics.defaultPostVisibility = byMember[id]?.defaultVisibility ?? SocialPreferences.defaultVisibility
            statistics.pendingFollowRequests = requests[id] ?? 0
            return (id, statistics)
        })
    }
}

struct SocialUnreadNotifications: UnreadNotificationsSource {
    func unreadCount(for memberID: Int64, on database: any Database) async throws -> Int {
        try await NotificationService(database: database).unreadCount(for: memberID)
    }
}
