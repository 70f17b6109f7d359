/// A project as other parts of the app see it.
package struct OrgProjectSummary: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let name: String
    package let description: String

    init(_ project: OrgProject) {
        id = project.requireID()
        name = project.name
        description = project.description
    }
}

/// A member's part in a project.
package struct OrgProjectMemberSummary: Sendable, Equatable {
    package let projectID: Int64
    package let userID: Int64
    package let role: String
    package let isLead: Bool

    init(_ member: OrgProjectMember) {
        projectID = member.projectID
        userID = member.userID
        role = member.role
        isLead = member.isLead
    }
}
