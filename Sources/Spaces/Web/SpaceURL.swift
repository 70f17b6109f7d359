import Foundation
import RoutingKit

/// The addresses of a space; the list of spaces is Core's `SiteURL.spaces`.
enum SpaceURL: Sendable, Equatable {
    case space(slug: String)
    case members(slug: String)
    case join(slug: String)
    case request(slug: String)
    case leave(slug: String)
    case declineInvitation(slug: String)
    case approve(slug: String, username: String)
    case decline(slug: String, username: String)
    case invite(slug: String)
    case remove(slug: String, username: String)
    case role(slug: String, username: String)

    var path: String {
        switch self {
        case .space(let slug): "/s/\(slug)"
        case .members(let slug): "/s/\(slug)/members"
        case .join(let slug): "/s/\(slug)/join"
        case .request(let slug): "/s/\(slug)/request"
        case .leave(let slug): "/s/\(slug)/leave"
        case .declineInvitation(let slug): "/s/\(slug)/invitation/decline"
        case .approve(let slug, let username): "/s/\(slug)/requests/\(username)/approve"
        case .decline(let slug, let username): "/s/\(slug)/requests/\(username)/decline"
        case .invite(let slug): "/s/\(slug)/invite"
        case .remove(let slug, let username): "/s/\(slug)/members/\(username)/remove"
        case .role(let slug, let username): "/s/\(slug)/members/\(username)/role"
        }
    }

    /// The path as route components, parameters where the values go.
    var route: [PathComponent] {
        switch self {
        case .space: ["s", ":slug"]
        case .members: ["s", ":slug", "members"]
        case .join: ["s", ":slug", "join"]
        case .request: ["s", ":slug", "request"]
        case .leave: ["s", ":slug", "leave"]
        case .declineInvitation: ["s", ":slug", "invitation", "decline"]
        case .approve: ["s", ":slug", "requests", ":username", "approve"]
        case .decline: ["s", ":slug", "requests", ":username", "decline"]
        case .invite: ["s", ":slug", "invite"]
        case .remove: ["s", ":slug", "members", ":username", "remove"]
        case .role: ["s", ":slug", "members", ":username", "role"]
        }
    }
}
