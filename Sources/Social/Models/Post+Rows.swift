import Fluent
import Foundation
import SQLKit
import TreffpunktCore

extension Post {
    /// A post from a `SELECT posts.*` row. Lists of posts are read this way rather than through
    /// Fluent's decoding, whose reflection over the fields cost more than the query itself.
    convenience init(row: any SQLRow) throws {
        self.init()
        id = try row.decode(column: "id", as: Int64.self)
        $id.exists = true
        authorID = try row.decode(column: "author_id", as: Int64.self)
        wallOwnerID = try row.decode(column: "wall_owner_id", as: Int64?.self)
        visibility = try row.decode(column: "visibility", as: PostVisibility.self)
        spaceID = try row.decode(column: "space_id", as: Int64?.self)
        text = try row.decode(column: "text", as: String.self)
        html = try row.decode(column: "html", as: String.self)
        rootID = try row.decode(column: "root_id", as: Int64?.self)
        inReplyToID = try row.decode(column: "in_reply_to_id", as: Int64?.self)
        reblogOfID = try row.decode(column: "reblog_of_id", as: Int64?.self)
        quoteOfID = try row.decode(column: "quote_of_id", as: Int64?.self)
        repliesCount = try row.decode(column: "replies_count", as: Int.self)
        reblogsCount = try row.decode(column: "reblogs_count", as: Int.self)
        reactionsCount = try row.decode(column: "reactions_count", as: Int.self)
        createdAt = try row.decode(column: "created_at", as: Date?.self)
        editedAt = try row.decode(column: "edited_at", as: Date?.self)
        announcementKind = try row.decode(column: "announcement_kind", as: String?.self)
        announcementPath = try row.decode(column: "announcement_path", as: String?.self)
    }

    /// The posts with these ids, in no particular order; ids of deleted posts are left out.
    static func rows(ids: some Collection<Int64>, on database: any Database) async throws -> [Post] {
        guard !ids.isEmpty else { return [] }
        let list: [any Encodable & Sendable] = Array(Set(ids))
        return try await database.sql.raw("SELECT * FROM posts WHERE id IN (\(binds: list))").all().map(Post.init(row:))
    }
}
