import Fluent
import Foundation
import TreffpunktCore

/// A one-way follow of an account that accepts followers without asking.
final class Follow: Model, @unchecked Sendable {
    static let schema = "follows"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "follower_id") var followerID: Int64
    @Field(key: "followee_id") var followeeID: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(followerID: Int64, followeeID: Int64) {
        self.id = SnowflakeID.next()
        self.followerID = followerID
        self.followeeID = followeeID
    }
}
