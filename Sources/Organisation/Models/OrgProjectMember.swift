import Fluent
import Foundation
import TreffpunktCore

/// A member's part in a project: a free project role ("Projektleitung", "Konstruktion") and whether they lead it.
final class OrgProjectMember: Model, @unchecked Sendable {
    static let schema = "org_project_members"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "project_id") var projectID: Int64
    @Field(key: "user_id") var userID: Int64
    @Field(key: "role") var role: String
    @Field(key: "is_lead") var isLead: Bool

    init() {}

    init(projectID: Int64, userID: Int64, role: String, isLead: Bool) {
        self.id = SnowflakeID.next()
        self.projectID = projectID
        self.userID = userID
        self.role = role
        self.isLead = isLead
    }
}
