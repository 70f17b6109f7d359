import Fluent
import TreffpunktCore

/// Social's service API for features with subscriptions (forum topics and categories): tells the
/// subscribers that something new arrived, with the address to open it.
package struct SubscriptionNotifications: Sendable {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// `actor` wrote a reply in a forum topic the recipients follow; `path` opens it.
    package func replied(to recipientIDs: some Sequence<Int64>, by actorID: Int64, at path: String) async throws {
        let notifications = NotificationService(database: database)
        for recipientID in Set(recipientIDs) {
            try await notifications.notify(recipientID, of: .forumReply, by: actorID, link: path)
        }
    }
}
