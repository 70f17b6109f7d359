import Fluent
import TreffpunktCore

/// Loads a post only for someone the visibility policy lets see it. A comment is seen by whoever
/// sees its post; a share by whoever sees the shared post. Anything else is "not found", so its
/// existence does not leak.
struct PostAccess {
    let database: any Database

    func visiblePost(_ id: Int64, to viewer: AudienceViewer) async throws -> Post {
        guard let post = try await Post.find(id, on: database), try await canSee(post, viewer) else {
            throw UserFacingError.notFound(SocialText.postNotFound)
        }
        return post
    }

    /// The post a share passes on, or the post itself.
    func original(of post: Post, to viewer: AudienceViewer) async throws -> Post {
        guard let sharedID = post.reblogOfID else { return post }
        return try await visiblePost(sharedID, to: viewer)
    }

    func canSee(_ post: Post, _ viewer: AudienceViewer) async throws -> Bool {
        var governing = post
        if let rootID = post.rootID ?? post.reblogOfID {
            guard let root = try await Post.find(rootID, on: database) else { return false }
            if post.reblogOfID != nil, !VisibilityPolicy.canSee(try await audience(of: post), as: viewer) { return false }
            governing = root
        }
        return VisibilityPolicy.canSee(try await audience(of: governing), as: viewer)
    }

    func audience(of post: Post) async throws -> PostAudience {
        let mentioned = try await PostMention.query(on: database).filter(\.$postID == post.requireID()).all(\.$userID)
        return PostAudience(authorID: post.authorID, visibility: post.visibility, wallOwnerID: post.wallOwnerID,
                            mentionedIDs: Set(mentioned), spaceID: post.spaceID)
    }
}
