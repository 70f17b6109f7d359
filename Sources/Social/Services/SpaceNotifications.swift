import Fluent
import TreffpunktCore

/// Social's service API for the Spaces feature: tells people about a space in their notifications.
package struct SpaceNotifications: Sendable {
    package enum Event: Sendable {
        /// `actor` asks to join; told to the space's admins.
        case joinRequested
        /// `actor`, an admin, let the recipient in.
        case approved
        /// `actor`, an admin, invited the recipient.
        case invited

        var kind: NotificationKind {
            switch self {
            case .joinRequested: .spaceRequest
            case .approved: .spaceApproved
            case .invited: .spaceInvitation
            }
        }
    }

    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    package func notify(_ recipientIDs: some Sequence<Int64>, of event: Event, by actorID: Int64, space spaceID: Int64) async throws {
        let notifications = NotificationService(database: database)
        for recipientID in Set(recipientIDs) {
            try await notifications.notify(recipientID, of: event.kind, by: actorID, space: spaceID)
        }
    }
}
