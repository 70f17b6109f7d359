import Accounts
import Foundation
import TreffpunktCore

extension MastodonRenderer {
    /// Notifications with their actors and posts, loaded for the whole list; one whose actor or post
    /// is gone (or hidden from the reader) is left out.
    func notifications(_ list: [SocialNotification], actors: [Int64: MemberSummary], posts: [PresentedPost]) -> [MastodonNotification] {
        let statuses = Dictionary(posts.map { ($0.id, status($0)) }, uniquingKeysWith: { first, _ in first })
        return list.compactMap { notification in
            guard let id = notification.id, let actor = actors[notification.actorID] else { return nil }
            var status: MastodonStatus?
            if let postID = notification.postID {
                guard let found = statuses[postID] else { return nil }
                status = found
            }
            return MastodonNotification(id: id, type: notification.kind.mastodonType,
                                        createdAt: MastodonDate.string(notification.createdAt ?? Date()),
                                        account: account(actor), status: status)
        }
    }
}
