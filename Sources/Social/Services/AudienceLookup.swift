import Fluent
import TreffpunktCore

/// Social's service API for features that show their own things under the visibility policy outside a
/// request (search sections): the reader as the policy sees them.
package struct AudienceLookup {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package func viewer(_ viewerID: Int64?) async throws -> AudienceViewer {
        try await Relations(database: database).audienceViewer(for: viewerID)
    }
}
