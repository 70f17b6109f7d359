import Fluent
import Foundation
import TreffpunktCore

/// A member of a space: the audience of the space's posts. Social keeps this relation because the
/// visibility policy reads it on every request, like friendships; the Spaces feature decides who
/// joins and leaves, through `SpaceMembers`.
final class SpaceMember: Model, @unchecked Sendable {
    static let schema = "space_members"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "space_id") var spaceID: Int64
    @Field(key: "member_id") var memberID: Int64
    @Field(key: "role") var role: SpaceRole
    @Timestamp(key: "joined_at", on: .create) var joinedAt: Date?

    init() {}

    init(spaceID: Int64, memberID: Int64, role: SpaceRole) {
        self.spaceID = spaceID
        self.memberID = memberID
        self.role = role
    }
}

/// Admins of a space approve requests, invite and remove people; members read and write.
package enum SpaceRole: String, Codable, Sendable {
    case member
    case admin
}
