import Foundation

/// Keyset pagination in Mastodon's terms: `max_id` (older than), `since_id` (newer than, newest first),
/// `min_id` (newer than, directly after it). Never OFFSET: each page is one index range scan.
package struct PageRequest: Sendable {
    package static let defaultLimit = 20
    package static let maximumLimit = 40

    package var maxID: Int64?
    package var sinceID: Int64?
    package var minID: Int64?
    package var limit: Int

    package init(maxID: Int64? = nil, sinceID: Int64? = nil, minID: Int64? = nil, limit: Int = PageRequest.defaultLimit) {
        self.maxID = maxID
        self.sinceID = sinceID
        self.minID = minID
        self.limit = min(max(limit, 1), Self.maximumLimit)
    }

    /// With `min_id` the page starts right after it, so it is read oldest first and turned around.
    package var readsAscending: Bool { minID != nil && maxID == nil }

    /// Newest first, whichever way the page was read.
    package func ordered<T>(_ rows: [T], id: (T) -> Int64) -> [T] {
        readsAscending ? rows.sorted { id($0) > id($1) } : rows
    }
}
