import Foundation
import RoutingKit
import TreffpunktCore

/// The addresses below a company page (`/c/slug/…`), used both to register routes and to build links.
/// The list (`/c`) and the page itself (`/c/slug`) are `SiteURL`s, since other features link to them.
enum PagesURL: Sendable, Equatable {
    case manage(slug: String)
    case about(slug: String)
    case pictures(slug: String)
    case blocks(slug: String)
    case block(slug: String, id: Int64)
    case blockImage(slug: String, id: Int64)
    case blockMove(slug: String, id: Int64)
    case blockDelete(slug: String, id: Int64)
    case roles(slug: String)
    case roleDelete(slug: String, memberID: Int64)
    case posts(slug: String)
    case reviews(slug: String)
    case myReview(slug: String)
    case myReviewDelete(slug: String)
    case reviewReply(slug: String, id: Int64)
    case statistics(slug: String)

    var path: String {
        switch self {
        case .manage(let slug): "\(Self.page(slug))/manage"
        case .about(let slug): "\(Self.page(slug))/about"
        case .pictures(let slug): "\(Self.page(slug))/pictures"
        case .blocks(let slug): "\(Self.page(slug))/blocks"
        case .block(let slug, let id): "\(Self.page(slug))/blocks/\(id)"
        case .blockImage(let slug, let id): "\(Self.page(slug))/blocks/\(id)/image"
        case .blockMove(let slug, let id): "\(Self.page(slug))/blocks/\(id)/move"
        case .blockDelete(let slug, let id): "\(Self.page(slug))/blocks/\(id)/delete"
        case .roles(let slug): "\(Self.page(slug))/roles"
        case .roleDelete(let slug, let memberID): "\(Self.page(slug))/roles/\(memberID)/delete"
        case .posts(let slug): "\(Self.page(slug))/posts"
        case .reviews(let slug): "\(Self.page(slug))/reviews"
        case .myReview(let slug): "\(Self.page(slug))/reviews/mine"
        case .myReviewDelete(let slug): "\(Self.page(slug))/reviews/mine/delete"
        case .reviewReply(let slug, let id): "\(Self.page(slug))/reviews/\(id)/reply"
        case .statistics(let slug): "\(Self.page(slug))/statistics"
        }
    }

    /// The path as route components, with `:slug` and `:id` where values go.
    var route: [PathComponent] {
        let base: [PathComponent] = ["c", ":slug"]
        switch self {
        case .manage: return base + ["manage"]
        case .about: return base + ["about"]
        case .pictures: return base + ["pictures"]
        case .blocks: return base + ["blocks"]
        case .block: return base + ["blocks", ":id"]
        case .blockImage: return base + ["blocks", ":id", "image"]
        case .blockMove: return base + ["blocks", ":id", "move"]
        case .blockDelete: return base + ["blocks", ":id", "delete"]
        case .roles: return base + ["roles"]
        case .roleDelete: return base + ["roles", ":id", "delete"]
        case .posts: return base + ["posts"]
        case .reviews: return base + ["reviews"]
        case .myReview: return base + ["reviews", "mine"]
        case .myReviewDelete: return base + ["reviews", "mine", "delete"]
        case .reviewReply: return base + ["reviews", ":id", "reply"]
        case .statistics: return base + ["statistics"]
        }
    }

    private static func page(_ slug: String) -> String {
        SiteURL.companyPage(slug: slug).path
    }
}
