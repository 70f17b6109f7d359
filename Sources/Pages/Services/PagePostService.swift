import Accounts
import Fluent
import Social
import TreffpunktCore

/// Editors publish as the page: the post's author is the page's account, so followers get it in their
/// newsfeed and the visibility policy treats it as any post; who wrote it is kept for the team.
struct PagePostService {
    let database: any Database
    let publicURL: String

    /// `mediaIDs` are photos or a video uploaded as the page's own. Returns the new post's id.
    func publish(on page: LoadedPage, by memberID: Int64, text: String, visibility raw: String, mediaIDs: [Int64] = []) async throws -> Int64 {
        try PagePermissions.require(page.permissions.mayPublish)
        guard let visibility = PostVisibility(name: raw) else { throw UserFacingError(.unprocessableEntity, PagesText.audienceInvalid) }
        let pageID = page.id
        return try await AccountPublishing(database: database, publicURL: publicURL)
            .publish(as: pageID, text: text, visibility: visibility, mediaIDs: mediaIDs) {
            postID, db in try await PagePostAuthor(postID: postID, pageID: pageID, memberID: memberID).create(on: db)
        }
    }

    /// The team's share of the page's posts, most active first.
    func postsByMember(of pageID: Int64) async throws -> [(member: MemberSummary, posts: Int)] {
        let rows = try await database.sql.raw("""
            SELECT member_id, COUNT(*) AS n FROM page_post_authors WHERE page_id = \(bind: pageID) GROUP BY member_id
            """).all()
        let counts = try rows.map { (try $0.decode(column: "member_id", as: Int64.self), try $0.decode(column: "n", as: Int.self)) }
        let members = try await MemberLookup(database: database).members(ids: counts.map(\.0))
        return counts.compactMap { id, count in members[id].map { ($0, count) } }.sorted { $0.posts > $1.posts }
    }
}
