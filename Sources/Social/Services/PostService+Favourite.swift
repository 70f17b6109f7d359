import Fluent
import TreffpunktCore

extension PostService {
    /// Mastodon's favourite: a 👍, unless the member already reacted otherwise, which then stands —
    /// a client knows only "favourited or not" and must not turn a ❤️ into a 👍.
    func favourite(_ postID: Int64, by memberID: Int64) async throws -> Post {
        let viewer = try await Relations(database: database).audienceViewer(for: memberID)
        let access = PostAccess(database: database)
        let post = try await access.original(of: try await access.visiblePost(postID, to: viewer), to: viewer)
        let reacted = try await Reaction.query(on: database)
            .filter(\.$postID == post.requireID()).filter(\.$userID == memberID).first() != nil
        return reacted ? post : try await react(to: post.requireID(), by: memberID, kind: .like)
    }
}
