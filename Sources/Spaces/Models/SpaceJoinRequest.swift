import Fluent
import Foundation

/// Someone asking to join a closed space, until an admin approves or declines.
final class SpaceJoinRequest: Model, @unchecked Sendable {
    static let schema = "space_join_requests"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "space_id") var spaceID: Int64
    @Field(key: "member_id") var memberID: Int64
    @Field(key: "message") var message: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(spaceID: Int64, memberID: Int64, message: String) {
        self.spaceID = spaceID
        self.memberID = memberID
        self.message = message
    }
}
