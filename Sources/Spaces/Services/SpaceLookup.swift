import Fluent
import Social
import TreffpunktCore

/// What other features (blogs, forums, wikis of a space) may know about a space, as a reader stands to it.
package struct SpaceSummary: Sendable, Equatable {
    package let id: Int64
    package let slug: String
    package let name: String
    package let isMember: Bool
    package let isAdmin: Bool

    /// The space's page.
    package var path: String { SpaceURL.space(slug: slug).path }
}

/// The Spaces feature's service API for other features: a space as a reader may know it. Reading
/// what lives in a space (its posts, blog, forum, wiki) is for its members; a secret space does not
/// exist for anyone else.
package struct SpaceLookup: Sendable {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// The space at `slug`; "not found" for a secret space the reader is neither in nor invited to.
    package func space(slug: String, for viewerID: Int64) async throws -> SpaceSummary {
        Self.summary(try await SpaceDirectory(database: database).standing(slug: slug, of: viewerID))
    }

    /// The spaces the reader belongs to, by name.
    package func spaces(of viewerID: Int64) async throws -> [SpaceSummary] {
        try await SpaceDirectory(database: database).list(for: viewerID).filter(\.isMember).map(Self.summary)
    }

    /// Of these spaces, the ones the reader may know of, by id.
    package func spaces(ids: some Collection<Int64>, for viewerID: Int64) async throws -> [Int64: SpaceSummary] {
        guard !ids.isEmpty else { return [:] }
        let wanted = Set(ids)
        let known = try await Space.query(on: database).filter(\.$id ~~ wanted).all()
        let roles = try await SpaceMembers(database: database).spaces(of: viewerID)
        var result: [Int64: SpaceSummary] = [:]
        for space in known {
            let id = space.requireID()
            let role = roles[id]
            if space.access == .secret, role == nil { continue }
            result[id] = SpaceSummary(id: id, slug: space.slug, name: space.name, isMember: role != nil, isAdmin: role == .admin)
        }
        return result
    }

    private static func summary(_ standing: SpaceStanding) -> SpaceSummary {
        SpaceSummary(id: standing.space.requireID(), slug: standing.space.slug, name: standing.space.name,
                     isMember: standing.isMember, isAdmin: standing.isAdmin)
    }
}
