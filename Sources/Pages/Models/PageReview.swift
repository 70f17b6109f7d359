import Fluent
import Foundation
import TreffpunktCore

/// A member's rating of a company page (1–5 stars with a text), at most one per member and page, with
/// the page's one public reply.
final class PageReview: Model, @unchecked Sendable {
    static let schema = "page_reviews"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "page_id") var pageID: Int64
    @Field(key: "author_id") var authorID: Int64
    @Field(key: "stars") var stars: Int
    @Field(key: "text") var text: String
    @OptionalField(key: "reply") var reply: String?
    @OptionalField(key: "replied_at") var repliedAt: Date?
    @OptionalField(key: "replied_by") var repliedBy: Int64?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(pageID: Int64, authorID: Int64, stars: Int, text: String) {
        self.id = SnowflakeID.next()
        self.pageID = pageID
        self.authorID = authorID
        self.stars = stars
        self.text = text
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored review always has an id") }
        return id
    }
}
