import Fluent
import SQLKit
import TreffpunktCore

extension AudienceLookup {
    /// Members whose actions a reader does not want to see on public live streams: blocked either way, or
    /// muted by the reader. One statement of three index lookups; the streaming API loads it once per connection.
    package func hiddenAuthors(for viewerID: Int64) async throws -> Set<Int64> {
        Set(try await database.ids("""
            SELECT blocked_id AS id FROM blocks WHERE blocker_id = \(bind: viewerID)
            UNION SELECT blocker_id FROM blocks WHERE blocked_id = \(bind: viewerID)
            UNION SELECT muted_id FROM mutes WHERE muter_id = \(bind: viewerID)
            """))
    }
}
