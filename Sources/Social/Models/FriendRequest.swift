import Fluent
import Foundation
import TreffpunktCore

/// A friendship asked for and not yet answered. Accepting turns it into two `Friendship` rows.
final class FriendRequest: Model, @unchecked Sendable {
    static let schema = "friend_requests"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "requester_id") var requesterID: Int64
    @Field(key: "addressee_id") var addresseeID: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(requesterID: Int64, addresseeID: Int64) {
        self.id = SnowflakeID.next()
        self.requesterID = requesterID
        self.addresseeID = addresseeID
    }
}
