import Fluent
import TreffpunktCore

/// Social's service API for writing in a space outside a request (demo data): the same `PostService`
/// and rules as the space's composer.
package struct SpacePublishing {
    let database: any Database
    let publicURL: String

    package init(database: any Database, publicURL: String) {
        self.database = database
        self.publicURL = publicURL
    }

    /// Posts `text` in the space as a member of it; returns the post's id.
    @discardableResult
    package func publish(in spaceID: Int64, by memberID: Int64, text: String) async throws -> Int64 {
        try await PostService(database: database, publicURL: publicURL)
            .create(by: memberID, PostDraft(text: text, spaceID: spaceID)).requireID()
    }
}
