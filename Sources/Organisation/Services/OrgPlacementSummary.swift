/// A member's unit and manager; either may be unset.
package struct OrgPlacementSummary: Sendable, Equatable {
    package let userID: Int64
    package let unitID: Int64?
    package let managerID: Int64?

    init(_ placement: OrgPlacement) {
        userID = placement.id ?? 0
        unitID = placement.unitID
        managerID = placement.managerID
    }
}
