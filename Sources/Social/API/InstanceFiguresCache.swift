import Fluent
import Foundation
import Vapor

/// The instance figures, counted at most once a minute. Counting a million posts takes longer than
/// a client's start-up should wait, and Mastodon apps ask for the instance every time they open.
actor InstanceFiguresCache {
    private static let lifetime: TimeInterval = 60
    private var latest: (figures: InstanceFigures, countedAt: Date)?

    func figures(on database: any Database, now: Date = Date()) async throws -> InstanceFigures {
        if let latest, now.timeIntervalSince(latest.countedAt) < Self.lifetime { return latest.figures }
        let figures = try await InstanceFigures.load(on: database, now: now)
        latest = (figures, now)
        return figures
    }
}

extension Application {
    private struct InstanceFiguresCacheKey: StorageKey {
        typealias Value = InstanceFiguresCache
    }

    /// Set up by `SocialFeature.install`, before the server takes requests.
    var instanceFiguresCache: InstanceFiguresCache {
        get {
            guard let cache = storage[InstanceFiguresCacheKey.self] else { preconditionFailure("SocialFeature.install sets up the cache") }
            return cache
        }
        set { storage[InstanceFiguresCacheKey.self] = newValue }
    }
}
