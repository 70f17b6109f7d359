import Fluent
import Media
import SQLKit
import TreffpunktCore

/// A member's photos and videos: the media of their own posts that the reader may see, newest
/// first, paged by medium id. The visibility policy's SQL twin filters the posts that carry them.
struct GalleryService {
    let database: any Database

    struct Item: Sendable {
        let medium: MediaAttachment
        let postID: Int64
    }

    private static let policy = VisibilitySQL(post: "p", mentionsTable: PostMention.schema)
    static let pageSize = 30

    func media(of memberID: Int64, for viewer: AudienceViewer, before maxID: Int64? = nil) async throws -> [Item] {
        if viewer.blockedIDs.contains(memberID) { return [] }
        let bound: SQLQueryString = maxID.map { " AND pm.media_id < \(bind: $0)" } ?? ""
        let rows = try await database.sql.raw("""
            SELECT pm.media_id AS media_id, p.id AS post_id FROM posts p JOIN post_media pm ON pm.post_id = p.id
            WHERE p.author_id = \(bind: memberID) AND p.root_id IS NULL AND p.reblog_of_id IS NULL
                AND \(Self.policy.condition(for: viewer))\(bound)
            ORDER BY pm.media_id DESC LIMIT \(literal: Self.pageSize)
            """).all()
        let carriers = try rows.map { (try $0.decode(column: "media_id", as: Int64.self), try $0.decode(column: "post_id", as: Int64.self)) }
        let media = try await MediaLookup(database: database).media(ids: carriers.map(\.0))
        return carriers.compactMap { mediumID, postID in
            guard let medium = media[mediumID], medium.state == .ready else { return nil }
            return Item(medium: medium, postID: postID)
        }
    }
}
