import RoutingKit
import TreffpunktCore

/// The addresses of the organisation's administration and the CSV import (admins only), used both to
/// register routes and to build links.
enum OrgAdminURL: Equatable {
    case overview
    case units
    case unit(id: Int64)
    case unitDelete(id: Int64)
    case placement
    case projects
    case project(id: Int64)
    case projectMembers(id: Int64)
    case projectMemberRemove(id: Int64, userID: Int64)
    case importFile
    case importConfirm

    var path: String {
        switch self {
        case .overview: "/org/admin"
        case .units: "/org/admin/units"
        case .unit(let id): "/org/admin/units/\(id)"
        case .unitDelete(let id): "/org/admin/units/\(id)/delete"
        case .placement: "/org/admin/placements"
        case .projects: "/org/admin/projects"
        case .project(let id): "/org/admin/projects/\(id)"
        case .projectMembers(let id): "/org/admin/projects/\(id)/members"
        case .projectMemberRemove(let id, let userID): "/org/admin/projects/\(id)/members/\(userID)/remove"
        case .importFile: "/org/admin/import"
        case .importConfirm: "/org/admin/import/confirm"
        }
    }

    var route: [PathComponent] {
        switch self {
        case .unit: ["org", "admin", "units", ":id"]
        case .unitDelete: ["org", "admin", "units", ":id", "delete"]
        case .project: ["org", "admin", "projects", ":id"]
        case .projectMembers: ["org", "admin", "projects", ":id", "members"]
        case .projectMemberRemove: ["org", "admin", "projects", ":id", "members", ":user", "remove"]
        default: path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        }
    }
}
