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

    init(_ user: User) {
        id = user.requireID()
        username = user.username
        displayName = user.displayName
        bio = user.bio
        position = user.position
        department = user.department
        role = user.role
        createdAt = user.createdAt
    }
}
