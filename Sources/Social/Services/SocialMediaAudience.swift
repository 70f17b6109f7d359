import Fluent
import TreffpunktCore

/// A photo or video on a post is seen by exactly those who may see the post: the media feature asks
/// here on every fetch, and the visibility policy answers, as it does for the post itself.
struct SocialMediaAudience: MediaAudienceSource {
    func visibleMedia(_ mediaIDs: [Int64], to viewerID: Int64?, on database: any Database) async throws -> Set<Int64> {
        guard !mediaIDs.isEmpty else { return [] }
        let carriers = try await PostMedia.query(on: database).filter(\.$mediaID ~~ mediaIDs).all()
        guard !carriers.isEmpty else { return [] }
        let viewer = try await Relations(database: database).audienceViewer(for: viewerID)
        let posts = try await Post.rows(ids: carriers.map(\.postID), on: database)
        let access = PostAccess(database: database)
        var visiblePosts = Set<Int64>()
        for post in posts where try await access.canSee(post, viewer) {
            visiblePosts.insert(post.requireID())
        }
        return Set(carriers.filter { visiblePosts.contains($0.postID) }.map(\.mediaID))
    }
}
