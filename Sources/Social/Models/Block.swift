import Fluent
import Foundation
import TreffpunktCore

/// No contact either way: neither sees the other's posts, neither can befriend, follow or write on the other's wall.
final class Block: Model, @unchecked Sendable {
    static let schema = "blocks"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "blocker_id") var blockerID: Int64
    @Field(key: "blocked_id") var blockedID: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(blockerID: Int64, blockedID: Int64) {
        self.id = SnowflakeID.next()
        self.blockerID = blockerID
        self.blockedID = blockedID
    }
}
