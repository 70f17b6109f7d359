import Fluent
import Foundation
import Vapor

/// Facts about a member that another feature owns (friends, followers, posts) but the account's
/// API shape shows. The Social feature provides them; Accounts asks without knowing Social.
package struct AccountStatistics: Sendable, Equatable {
    package var followersCount = 0
    package var followingCount = 0
    package var statusesCount = 0
    package var lastStatusAt: Date?
    /// Whether following this account asks the account first (a friendship request).
    package var approvesFollowers = true
    /// The audience the member's new posts get unless they choose another.
    package var defaultPostVisibility = PostVisibility.members
    /// Friendship requests waiting for the member's answer.
    package var pendingFollowRequests = 0

    package init() {}
}

/// Loads `AccountStatistics` for many accounts at once (one query per figure, never one per account).
package protocol AccountStatisticsSource: Sendable {
    func statistics(for accountIDs: [Int64], on database: any Database) async throws -> [Int64: AccountStatistics]
}

extension Application {
    private struct AccountStatisticsKey: StorageKey {
        typealias Value = any AccountStatisticsSource
    }

    package var accountStatistics: (any AccountStatisticsSource)? {
        get { storage[AccountStatisticsKey.self] }
        set { storage[AccountStatisticsKey.self] = newValue }
    }
}

extension Request {
    package func accountStatistics(for ids: [Int64]) async throws -> [Int64: AccountStatistics] {
        try await application.accountStatistics?.statistics(for: ids, on: db) ?? [:]
    }
}
