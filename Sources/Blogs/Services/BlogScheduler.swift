import Foundation
import TreffpunktCore
import Vapor

/// Publishes scheduled articles when their moment comes, checking every 30 seconds while `serve` runs.
/// Blog pages publish what is due too, so readers never wait for the next round.
final class BlogScheduler: Sendable {
    static let interval: Duration = .seconds(30)
    private let task: Task<Void, Never>

    init(application: Application) {
        task = Task {
            while !Task.isCancelled {
                do {
                    try await ArticlePublisher(database: application.db, publicURL: application.config.publicURL)
                        .publishDue(logger: application.logger)
                } catch {
                    application.logger.warning("blog scheduler: \(String(reflecting: error))")
                }
                try? await Task.sleep(for: Self.interval)
            }
        }
    }

    func stop() {
        task.cancel()
    }
}

extension Application {
    private struct BlogSchedulerKey: StorageKey {
        typealias Value = BlogScheduler
    }

    var blogScheduler: BlogScheduler? {
        get { storage[BlogSchedulerKey.self] }
        set { storage[BlogSchedulerKey.self] = newValue }
    }
}

/// Stops the scheduler at shutdown; an article it was publishing is either published or still scheduled.
struct BlogSchedulerLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        application.blogScheduler?.stop()
    }
}
