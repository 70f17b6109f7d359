import Fluent
import Foundation
import TreffpunktCore

/// A question or discussion in a category. Its reply count and latest activity are kept on the row,
/// so a list of topics costs one query.
final class ForumTopic: Model, @unchecked Sendable {
    static let schema = "forum_topics"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "category_id") var categoryID: Int64
    /// The space whose forum it is in; nil company-wide. Search filters on it.
    @OptionalField(key: "space_id") var spaceID: Int64?
    @Field(key: "author_id") var authorID: Int64
    @Field(key: "title") var title: String
    /// The Markdown as written, and the sanitised HTML rendered from it when it was saved.
    @Field(key: "body") var body: String
    @Field(key: "body_html") var bodyHTML: String
    @Field(key: "reply_count") var replyCount: Int
    /// The id of the newest reply (or of the topic itself): time-ordered, the key of "newest activity first".
    @Field(key: "activity_id") var activityID: Int64
    @Field(key: "activity_at") var activityAt: Date
    @Field(key: "pinned") var pinned: Bool
    @Field(key: "locked") var locked: Bool
    @OptionalField(key: "accepted_reply_id") var acceptedReplyID: Int64?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(categoryID: Int64, spaceID: Int64?, authorID: Int64, title: String, body: String, bodyHTML: String) {
        let id = SnowflakeID.next()
        self.id = id
        self.categoryID = categoryID
        self.spaceID = spaceID
        self.authorID = authorID
        self.title = title
        self.body = body
        self.bodyHTML = bodyHTML
        self.replyCount = 0
        self.activityID = id
        self.activityAt = Date()
        self.pinned = false
        self.locked = false
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored topic always has an id") }
        return id
    }

    var isSolved: Bool { acceptedReplyID != nil }
}
