import Foundation
import TreffpunktCore

/// What other features may know about a member: the public face of an account, never its secrets.
package struct MemberSummary: Sendable, Equatable {
    package let id: Int64
    package let username: String
    package let displayName: String
    package let bio: String
    package let position: String
    package let department: String
    package let role: Role
    package let createdAt: Date?
    package let avatarMediaID: Int64?
    package let headerMediaID: Int64?
    package let kind: AccountKind

    /// A company page rather than a person: followed, never befriended.
    package var isPage: Bool { kind == .page }

    init(id: Int64, username: String, displayName: String, bio: String, position: String, department: String, role: Role, createdAt: Date?,
         avatarMediaID: Int64?, headerMediaID: Int64?, kind: AccountKind) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.bio = bio
        self.position = position
        self.department = department
        self.role = role
        self.createdAt = createdAt
        self.avatarMediaID = avatarMediaID
        self.headerMediaID = headerMediaID
        self.kind = kind
    }

    init(_ user: User) {
        id = user.requireID()
        username = user.username
        displayName = user.displayName
        bio = user.bio
        position = user.position
        department = user.department
        role = user.role
        createdAt = user.createdAt
        avatarMediaID = user.avatarMediaID
        headerMediaID = user.headerMediaID
        kind = user.kind
    }
}
