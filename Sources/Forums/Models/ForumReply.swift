import Fluent
import Foundation
import TreffpunktCore

/// An answer in a topic, in Markdown with its sanitised HTML beside it.
final class ForumReply: Model, @unchecked Sendable {
    static let schema = "forum_replies"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "topic_id") var topicID: Int64
    @Field(key: "author_id") var authorID: Int64
    @Field(key: "body") var body: String
    @Field(key: "body_html") var bodyHTML: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(topicID: Int64, authorID: Int64, body: String, bodyHTML: String) {
        self.id = SnowflakeID.next()
        self.topicID = topicID
        self.authorID = authorID
        self.body = body
        self.bodyHTML = bodyHTML
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored reply always has an id") }
        return id
    }
}
