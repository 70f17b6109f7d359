import Foundation
import RoutingKit
import TreffpunktCore

/// The addresses of the org chart, the reporting lines, project charts and the directory, used both to
/// register routes and to build links (like Core's `SiteURL`, which names only the entry `/org`).
enum OrgChartURL: Equatable {
    /// The company chart; `query` searches people, `person` (a username) shows one of them in place.
    case chart(query: String? = nil, person: String? = nil)
    case person(username: String)
    case projects
    case project(id: Int64)
    case directory(DirectoryFilter = DirectoryFilter())

    var path: String {
        switch self {
        case .chart(let query, let person):
            SiteURL.organisation.path + Self.queryString([("q", query), ("person", person)])
        case .person(let username): "/org/people/\(username)"
        case .projects: "/org/projects"
        case .project(let id): "/org/projects/\(id)"
        case .directory(let filter): SiteURL.directory.path + Self.queryString(filter.queryItems)
        }
    }

    var route: [PathComponent] {
        switch self {
        case .chart: ["org"]
        case .person: ["org", "people", ":username"]
        case .projects: ["org", "projects"]
        case .project: ["org", "projects", ":id"]
        case .directory: ["org", "directory"]
        }
    }

    /// `?a=1&b=2` of the items that have a value (none: empty).
    static func queryString(_ items: [(String, String?)]) -> String {
        var components = URLComponents()
        components.queryItems = items.compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) }
        }
        guard let query = components.percentEncodedQuery, !query.isEmpty else { return "" }
        // URLComponents leaves "+" as is, which a form decoder reads as a space.
        return "?" + query.replacingOccurrences(of: "+", with: "%2B")
    }

    /// The anchor of a person's card in the chart, so a found person can be jumped to.
    static func personAnchor(_ userID: Int64) -> String { "person-\(userID)" }
    static func unitAnchor(_ unitID: Int64) -> String { "unit-\(unitID)" }
}
