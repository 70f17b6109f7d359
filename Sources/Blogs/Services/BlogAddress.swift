import RoutingKit

/// Where a blog lives: `/@username/blog`, `/c/slug/blog` or `/s/slug/blog`.
struct BlogAddress: Sendable, Hashable {
    let kind: BlogKind
    /// The person's username, the page's or the space's slug.
    let slug: String

    var path: String {
        switch kind {
        case .person: "/@\(slug)/blog"
        case .page: "/c/\(slug)/blog"
        case .space: "/s/\(slug)/blog"
        }
    }

    /// The blog's address as route components; the parameter names match those of the profile, page and space routes.
    static func route(_ kind: BlogKind) -> [PathComponent] {
        switch kind {
        case .person: [":handle", "blog"]
        case .page: ["c", ":slug", "blog"]
        case .space: ["s", ":slug", "blog"]
        }
    }
}
