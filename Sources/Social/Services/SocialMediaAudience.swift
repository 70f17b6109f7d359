import Fluent
import TreffpunktCore

/// A photo or video on a post is seen by exactly those who may see the post: the media feature asks
/// here on every fetch, and the visibility policy answers, as it does for the post itself.
struct SocialMediaAudience: MediaAudienceSource {
    func visibleMedia(_ mediaIDs: [Int64], to viewerID: Int64?, on database: any Database) async throws -> Set<Int64> {
        guard !mediaIDs.isEmpty else { return [] }
        // The posts that carry them now, and those whose earlier versions carried them (edit history).
        let current = try await PostMedia.query(on: database).filter(\.$mediaID ~~ mediaIDs).all().map { ($0.mediaID, $0.postID) }
        let earlier = try await PostEditMedia.query(on: database).filter(\.$mediaID ~~ mediaIDs).all().map { ($0.mediaID, $0.postID) }
        let carriers = current + earlier
        guard !carriers.isEmpty else { return [] }
        let viewer = try await Relations(database: database).audienceViewer(for: viewerID)
        let posts = try await Post.rows(ids: carriers.map(\.1), on: database)
        let access = PostAccess(database: database)
        var visiblePosts = Set<Int64>()
        for post in posts where try await access.canSee(post, viewer) {
            visiblePosts.insert(post.requireID())
        }
        return Set(carriers.filter { visiblePosts.contains($0.1) }.map(\.0))
    }
}
