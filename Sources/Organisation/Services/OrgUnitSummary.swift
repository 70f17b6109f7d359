/// A unit as other parts of the app see it.
package struct OrgUnitSummary: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let parentID: Int64?
    package let name: String
    package let kind: OrgUnitKind
    package let sortOrder: Int

    init(_ unit: OrgUnit) {
        id = unit.requireID()
        parentID = unit.parentID
        name = unit.name
        kind = unit.kind
        sortOrder = unit.sortOrder
    }
}
