import Fluent
import Foundation
import TreffpunktCore

/// A project across units, with members in project roles; each has a space of its own (Spaces feature).
final class OrgProject: Model, @unchecked Sendable {
    static let schema = "org_projects"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "name") var name: String
    /// The folded name, unique: two projects never share a name in different case.
    @Field(key: "name_key") var nameKey: String
    @Field(key: "description") var description: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String, description: String) {
        self.id = SnowflakeID.next()
        self.name = name
        self.nameKey = OrgNames.key(name)
        self.description = description
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored project always has an id") }
        return id
    }
}
