import RoutingKit
import TreffpunktCore

/// Where administrators change who is an employee and who a guest, used both to register the route and
/// to build the form's action.
enum PeopleAdminURL: Equatable {
    case affiliation(username: String)

    var path: String {
        switch self {
        case .affiliation(let username): "/admin/people/\(username)/affiliation"
        }
    }

    var route: [PathComponent] {
        switch self {
        case .affiliation: ["admin", "people", ":username", "affiliation"]
        }
    }
}
