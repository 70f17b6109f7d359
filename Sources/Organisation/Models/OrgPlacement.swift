import Fluent
import Foundation

/// Where a member stands in the organisation: their unit and their manager (the reporting line).
/// One row per member, keyed by the member's id. The job title stays in the profile (`users.position`).
final class OrgPlacement: Model, @unchecked Sendable {
    static let schema = "org_placements"

    /// The member's user id.
    @ID(custom: "user_id", generatedBy: .user) var id: Int64?
    @OptionalField(key: "unit_id") var unitID: Int64?
    @OptionalField(key: "manager_id") var managerID: Int64?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(userID: Int64, unitID: Int64?, managerID: Int64?) {
        self.id = userID
        self.unitID = unitID
        self.managerID = managerID
    }
}
