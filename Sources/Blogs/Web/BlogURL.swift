import RoutingKit

/// The addresses below a blog, used both to register routes and to build links; `/blogs` is Core's `SiteURL.blogs`.
enum BlogURL: Sendable, Equatable {
    case blog(BlogAddress)
    case newArticle(BlogAddress)
    case article(BlogAddress, id: Int64)
    case edit(BlogAddress, id: Int64)
    case delete(BlogAddress, id: Int64)
    case cover(BlogAddress, id: Int64)
    case rss(BlogAddress)
    case atom(BlogAddress)

    var path: String {
        switch self {
        case .blog(let blog): blog.path
        case .newArticle(let blog): "\(blog.path)/new"
        case .article(let blog, let id): "\(blog.path)/\(id)"
        case .edit(let blog, let id): "\(blog.path)/\(id)/edit"
        case .delete(let blog, let id): "\(blog.path)/\(id)/delete"
        case .cover(let blog, let id): "\(blog.path)/\(id)/cover"
        case .rss(let blog): "\(blog.path)/feed.rss"
        case .atom(let blog): "\(blog.path)/feed.atom"
        }
    }

    /// The route of this kind of address for one kind of blog, `:id` where the article goes.
    static func route(_ kind: BlogKind, _ tail: String...) -> [PathComponent] {
        BlogAddress.route(kind) + tail.map { PathComponent(stringLiteral: $0) }
    }
}
