import Fluent
import Foundation
import TreffpunktCore

/// One direction of a confirmed friendship. Each friendship is stored twice (A→B and B→A), so
/// "friends of X" is one index range scan.
final class Friendship: Model, @unchecked Sendable {
    static let schema = "friendships"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "user_id") var userID: Int64
    @Field(key: "friend_id") var friendID: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: Int64, friendID: Int64) {
        self.id = SnowflakeID.next()
        self.userID = userID
        self.friendID = friendID
    }
}
