import Foundation

/// How many test applications run at once. Swift Testing starts every test at the same moment; since
/// tests copy a migrated template instead of migrating, hundreds of apps opened their connection pools
/// together and PostgreSQL answered "too many clients" (and on a busy machine, pools timed out). A test
/// waits for a slot instead: no timing involved, only a count. `TEST_PARALLEL_APPS` overrides it.
actor TestAppSlots {
    static let shared = TestAppSlots(
        limit: ProcessInfo.processInfo.environment["TEST_PARALLEL_APPS"].flatMap(Int.init).map { max(1, $0) } ?? 8
    )

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        free = limit
    }

    func take() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func give() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
