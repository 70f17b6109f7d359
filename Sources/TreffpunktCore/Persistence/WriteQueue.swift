/// Lets one write transaction at a time into SQLite, in order of arrival. SQLite has a single writer;
/// without the queue, a second connection that wants to write is told "busy" and its busy handler
/// sleeps in growing steps (1, 2, 5 … 100 ms) before trying again, which turns a burst of posts into
/// seconds of waiting. Here the next writer starts the moment the one before commits.
package actor WriteQueue {
    package static let sqlite = WriteQueue()

    /// Whether the current task (and its child tasks) already holds the queue: a write transaction
    /// opened inside another one joins it instead of waiting for itself.
    @TaskLocal package static var isHeld = false

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    package func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if Self.isHeld { return try await work() }
        await acquire()
        do {
            let result = try await Self.$isHeld.withValue(true) { try await work() }
            release()
            return result
        } catch {
            release()
            throw error
        }
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the queue straight to the next writer, so `busy` stays true between them.
    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
