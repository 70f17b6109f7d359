import Fluent
import Foundation
import TreffpunktCore

/// A unit of the organisation: the company, a site, a department or a team, in one tree.
final class OrgUnit: Model, @unchecked Sendable {
    static let schema = "org_units"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// `nil` for a top-level unit (the company).
    @OptionalField(key: "parent_id") var parentID: Int64?
    @Field(key: "name") var name: String
    /// The folded name; siblings never share one, whatever their letter case.
    @Field(key: "name_key") var nameKey: String
    @Field(key: "kind") var kind: OrgUnitKind
    /// Order among siblings; the chart lists children by it, then by name.
    @Field(key: "sort_order") var sortOrder: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(parentID: Int64?, name: String, kind: OrgUnitKind, sortOrder: Int) {
        self.id = SnowflakeID.next()
        self.parentID = parentID
        self.name = name
        self.nameKey = OrgNames.key(name)
        self.kind = kind
        self.sortOrder = sortOrder
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored unit always has an id") }
        return id
    }
}
