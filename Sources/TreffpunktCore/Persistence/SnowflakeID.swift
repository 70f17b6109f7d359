import Foundation
import Synchronization

/// Time-ordered 64-bit ids in Mastodon's style: milliseconds since 1970 in the high 48 bits,
/// then a 6-bit per-process tag and a 10-bit sequence. Sorting by id sorts by creation time,
/// which is what keyset pagination (`max_id`, `since_id`) needs, and the ids serialise as
/// numeric strings as Mastodon clients expect.
package enum SnowflakeID {
    private struct State {
        var lastMillisecond: Int64 = 0
        var sequence: Int64 = 0
    }

    private static let processTag = Int64.random(in: 0..<64)
    private static let state = Mutex(State())

    package static func next(at date: Date = Date()) -> Int64 {
        state.withLock { state in
            var millisecond = max(Int64(date.timeIntervalSince1970 * 1000), state.lastMillisecond)
            if millisecond == state.lastMillisecond {
                state.sequence += 1
                if state.sequence >= 1024 {
                    millisecond += 1
                    state.sequence = 0
                }
            } else {
                state.sequence = 0
            }
            state.lastMillisecond = millisecond
            return millisecond << 16 | processTag << 10 | state.sequence
        }
    }

    /// The smallest id that could have been made at `date`: a keyset bound for "created after".
    package static func lowerBound(for date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970 * 1000) << 16
    }
}
