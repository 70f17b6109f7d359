import Fluent
import Foundation
import TreffpunktCore

/// A group across sites and departments with its own feed, members and admins. Who belongs is kept
/// by Social's `SpaceMembers`, as the visibility policy reads it with every feed.
final class Space: Model, @unchecked Sendable {
    static let schema = "spaces"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// The address: /s/slug.
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    /// Lower-cased name: two spaces may not share a name in different case.
    @Field(key: "name_key") var nameKey: String
    @Field(key: "description") var spaceDescription: String
    @Field(key: "access") var access: SpaceAccess
    /// Set for the space of a project: its members are the project's team.
    @OptionalField(key: "project_id") var projectID: Int64?
    @Field(key: "created_by") var createdBy: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(slug: String, name: String, description: String, access: SpaceAccess, createdBy: Int64) {
        self.id = SnowflakeID.next()
        self.slug = slug
        self.name = name
        self.nameKey = name.lowercased()
        self.spaceDescription = description
        self.access = access
        self.createdBy = createdBy
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored space always has an id") }
        return id
    }
}
