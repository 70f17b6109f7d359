import RoutingKit

/// The addresses of the outbox (admins only), used both to register routes and to build links.
enum OutboxURL: Equatable {
    case list(before: Int64?)
    case message(id: Int64)

    var path: String {
        switch self {
        case .list(let before): "/admin/outbox" + (before.map { "?before=\($0)" } ?? "")
        case .message(let id): "/admin/outbox/\(id)"
        }
    }

    var route: [PathComponent] {
        switch self {
        case .list: ["admin", "outbox"]
        case .message: ["admin", "outbox", ":id"]
        }
    }
}
