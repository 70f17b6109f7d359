import Fluent
import FluentSQL
import SQLKit
import Foundation
import TreffpunktCore

/// Lists of articles, as the reader may see them. A published article is seen by whom the visibility
/// policy lets see its announcement: the same rule as `VisibilityPolicy` for the three audiences an
/// article can have (public, members, a space), as a query condition.
struct ArticleQueries {
    let database: any Database
    static let pageSize = 20

    /// Whether the reader may read the article: its writers always, others once it is published and the
    /// visibility policy lets them.
    static func maySee(_ article: BlogArticle, in blog: Blog?, as viewer: AudienceViewer) -> Bool {
        if let blog, blog.mayEdit(article) { return true }
        return article.state == .published && VisibilityPolicy.canSee(article.audience, as: viewer)
    }

    /// Published articles of one blog, or of all when `blog` is nil, newest first, before the cursor.
    func published(in blog: Blog?, for viewer: AudienceViewer, before cursor: ArticleCursor? = nil,
                   limit: Int = pageSize) async throws -> [BlogArticle] {
        let query = BlogArticle.query(on: database).filter(\.$state == .published)
        if let blog { query.filter(\.$blogKind == blog.kind).filter(\.$blogID == blog.ownerID) }
        Self.restrict(query, to: viewer)
        if let cursor {
            query.group(.or) { older in
                older.filter(\.$publishedAt < cursor.publishedAt)
                older.group(.and) { $0.filter(\.$publishedAt == cursor.publishedAt).filter(\.$id < cursor.id) }
            }
        }
        return try await query.sort(\.$publishedAt, .descending).sort(\.$id, .descending).limit(limit).all()
    }

    /// The drafts and scheduled articles of the blog that the reader may edit, scheduled ones first by moment.
    func unpublished(in blog: Blog) async throws -> [BlogArticle] {
        guard blog.mayWrite, let readerID = blog.readerID else { return [] }
        let query = BlogArticle.query(on: database)
            .filter(\.$blogKind == blog.kind).filter(\.$blogID == blog.ownerID).filter(\.$state != .published)
        if !blog.mayEditAll { query.filter(\.$writerID == readerID) }
        return try await query.sort(\.$state, .descending).sort(\.$publishAt).sort(\.$id, .descending).limit(100).all()
    }

    /// Published articles whose title or text contains `text`, as the reader may see them.
    func search(_ text: String, for viewer: AudienceViewer, limit: Int) async throws -> [BlogArticle] {
        let pattern = try LikePattern.containing(text)
        let query = BlogArticle.query(on: database).filter(\.$state == .published)
        Self.restrict(query, to: viewer)
        let inTitle: SQLQueryString = "lower(title) LIKE \(bind: pattern) ESCAPE '\\'"
        let inBody: SQLQueryString = "lower(body) LIKE \(bind: pattern) ESCAPE '\\'"
        query.group(.or) { $0.filter(.sql(inTitle)).filter(.sql(inBody)) }
        return try await query.sort(\.$publishedAt, .descending).limit(limit).all()
    }

    /// `VisibilityPolicy.canSee` for articles, in SQL: the author always; others unless blocked, public
    /// ones to everyone, intern (`members`) ones to employees, a space's to its members.
    private static func restrict(_ query: QueryBuilder<BlogArticle>, to viewer: AudienceViewer) {
        guard let viewerID = viewer.id else {
            query.filter(\.$visibility == .public)
            return
        }
        query.group(.or) { seen in
            seen.filter(\.$accountID == viewerID)
            seen.group(.and) { others in
                if !viewer.blockedIDs.isEmpty { others.filter(\.$accountID !~ Array(viewer.blockedIDs)) }
                others.group(.or) { audience in
                    audience.filter(\.$visibility ~~ (viewer.isEmployee ? [PostVisibility.public, .members] : [PostVisibility.public]))
                    if !viewer.spaceIDs.isEmpty {
                        audience.group(.and) { $0.filter(\.$visibility == .space).filter(\.$blogID ~~ Array(viewer.spaceIDs)) }
                    }
                }
            }
        }
    }
}

/// Where the next page of a list starts: the last article's moment and id.
struct ArticleCursor: Sendable, Equatable {
    let publishedAt: Date
    let id: Int64

    /// `1732384800000-123`: milliseconds and id, as the "older" link carries it.
    init?(_ text: String?) {
        guard let parts = text?.split(separator: "-"), parts.count == 2,
              let millis = Int64(parts[0]), let id = Int64(parts[1]) else { return nil }
        publishedAt = Date(timeIntervalSince1970: Double(millis) / 1000)
        self.id = id
    }

    init(after article: BlogArticle) {
        publishedAt = article.publishedAt ?? Date()
        id = article.requireID()
    }

    var text: String { "\(Int64((publishedAt.timeIntervalSince1970 * 1000).rounded()))-\(id)" }
}
