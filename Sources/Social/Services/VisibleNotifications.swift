import Fluent
import TreffpunktCore

/// Notifications with the posts they are about, without those whose post the reader may not
/// (or no longer) see: the notifications door of the visibility policy.
struct VisibleNotifications {
    let database: any Database
    let viewer: AudienceViewer

    struct Item {
        let notification: SocialNotification
        let post: Post?
    }

    func filter(_ notifications: [SocialNotification]) async throws -> [Item] {
        let postIDs = Array(Set(notifications.compactMap(\.postID)))
        let posts = postIDs.isEmpty ? [] : try await Post.query(on: database).filter(\.$id ~~ postIDs).all()
        let access = PostAccess(database: database)
        var visible: [Int64: Post] = [:]
        for post in posts where try await access.canSee(post, viewer) {
            visible[post.requireID()] = post
        }
        return notifications.compactMap { notification in
            guard let postID = notification.postID else { return Item(notification: notification, post: nil) }
            return visible[postID].map { Item(notification: notification, post: $0) }
        }
    }
}
