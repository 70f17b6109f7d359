import Fluent
import TreffpunktCore

/// Spaces on the search page: those the member may know of (never another's secret space).
struct SpaceSearch: SearchSection {
    var heading: LocalizedText { SpacesText.title }
    var isForEmployeesOnly: Bool { true }

    func search(_ query: String, for viewerID: Int64, limit: Int, on database: any Database) async throws -> [SearchHit] {
        try await SpaceDirectory(database: database).list(for: viewerID, matching: query, limit: limit).map { standing in
            SearchHit(title: standing.space.name, path: SpaceURL.space(slug: standing.space.slug).path,
                      summary: standing.space.spaceDescription)
        }
    }
}
