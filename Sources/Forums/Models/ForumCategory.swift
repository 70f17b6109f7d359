import Fluent
import Foundation
import TreffpunktCore

/// A category of a forum (company-wide or a space's), in which topics are started.
final class ForumCategory: Model, @unchecked Sendable {
    static let schema = "forum_categories"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    /// Which forum it belongs to: `ForumScope.key` ("company" or "space:ID").
    @Field(key: "forum_key") var forumKey: String
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "description") var categoryDescription: String
    @Field(key: "created_by") var createdBy: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(forumKey: String, slug: String, name: String, description: String, createdBy: Int64) {
        self.id = SnowflakeID.next()
        self.forumKey = forumKey
        self.slug = slug
        self.name = name
        self.categoryDescription = description
        self.createdBy = createdBy
    }

    /// The space whose forum holds it, read from the forum key; nil company-wide.
    var spaceID: Int64? {
        forumKey.hasPrefix("space:") ? Int64(forumKey.dropFirst("space:".count)) : nil
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored category always has an id") }
        return id
    }
}
