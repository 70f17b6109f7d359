import NIOConcurrencyHelpers
import Vapor

extension Application {
    /// Repeats `round` in the background every `interval` until the application shuts down: the work
    /// `serve` does besides answering requests (publishing scheduled articles, delivering mail, writing
    /// notification mail). A failed round is logged under `name` and the next one comes as usual. Shutdown
    /// cancels every job; a round in the middle of its transaction is rolled back.
    package func repeatInBackground(_ name: String, every interval: Duration,
                                    _ round: @escaping @Sendable () async throws -> Void) {
        let logger = self.logger
        backgroundJobs.add(Task {
            while !Task.isCancelled {
                do {
                    try await round()
                } catch {
                    logger.warning("\(name): \(String(reflecting: error))")
                }
                try? await Task.sleep(for: interval)
            }
        })
    }

    private struct BackgroundJobsKey: StorageKey {
        typealias Value = BackgroundJobs
    }

    private var backgroundJobs: BackgroundJobs {
        if let jobs = storage[BackgroundJobsKey.self] { return jobs }
        let jobs = BackgroundJobs()
        storage[BackgroundJobsKey.self] = jobs
        lifecycle.use(BackgroundJobsLifecycle(jobs: jobs))
        return jobs
    }
}

private final class BackgroundJobs: Sendable {
    private let tasks = NIOLockedValueBox<[Task<Void, Never>]>([])

    func add(_ task: Task<Void, Never>) {
        tasks.withLockedValue { $0.append(task) }
    }

    func cancelAll() {
        tasks.withLockedValue { tasks in
            tasks.forEach { $0.cancel() }
            tasks.removeAll()
        }
    }
}

private struct BackgroundJobsLifecycle: LifecycleHandler {
    let jobs: BackgroundJobs

    func shutdownAsync(_ application: Application) async {
        jobs.cancelAll()
    }
}
