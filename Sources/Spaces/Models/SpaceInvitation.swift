import Fluent
import Foundation

/// An admin's invitation into a space; the only way into a secret one.
final class SpaceInvitation: Model, @unchecked Sendable {
    static let schema = "space_invitations"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "space_id") var spaceID: Int64
    @Field(key: "member_id") var memberID: Int64
    @Field(key: "invited_by") var invitedBy: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(spaceID: Int64, memberID: Int64, invitedBy: Int64) {
        self.spaceID = spaceID
        self.memberID = memberID
        self.invitedBy = invitedBy
    }
}
