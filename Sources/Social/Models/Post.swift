import Fluent
import Foundation
import TreffpunktCore

/// A post, a comment, or a share. A comment has `rootID` (the post it belongs to) and is seen by
/// whoever may see that post; a share has `reblogOfID` and keeps the shared post's visibility.
final class Post: Model, @unchecked Sendable {
    static let schema = "posts"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "author_id") var authorID: Int64
    /// Set when the post was written on someone's Pinnwand.
    @OptionalField(key: "wall_owner_id") var wallOwnerID: Int64?
    @Field(key: "visibility") var visibility: PostVisibility
    /// The space the post was written in (visibility `space`).
    @OptionalField(key: "space_id") var spaceID: Int64?
    @Field(key: "text") var text: String
    /// The text as safe HTML with links, mentions and hashtags, made once when written.
    @Field(key: "html") var html: String
    @OptionalField(key: "root_id") var rootID: Int64?
    @OptionalField(key: "in_reply_to_id") var inReplyToID: Int64?
    @OptionalField(key: "reblog_of_id") var reblogOfID: Int64?
    @OptionalField(key: "quote_of_id") var quoteOfID: Int64?
    @Field(key: "replies_count") var repliesCount: Int
    @Field(key: "reblogs_count") var reblogsCount: Int
    @Field(key: "reactions_count") var reactionsCount: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "edited_at") var editedAt: Date?
    /// Set on a post that announces what a feature made; `text` is then the target's title.
    @OptionalField(key: "announcement_kind") var announcementKind: String?
    @OptionalField(key: "announcement_path") var announcementPath: String?

    init() {}

    init(id: Int64 = SnowflakeID.next(), authorID: Int64, visibility: PostVisibility, text: String, html: String) {
        self.id = id
        self.authorID = authorID
        self.visibility = visibility
        self.text = text
        self.html = html
        self.repliesCount = 0
        self.reblogsCount = 0
        self.reactionsCount = 0
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored post always has an id") }
        return id
    }

    var isComment: Bool { rootID != nil }

    var announcement: PostAnnouncement? {
        guard let kind = announcementKind.flatMap(PostAnnouncement.Kind.init(rawValue:)), let announcementPath else { return nil }
        return PostAnnouncement(kind: kind, path: announcementPath)
    }

    /// What the visibility policy needs to know about the post, apart from whom it mentions.
    var audience: PostAudience {
        PostAudience(authorID: authorID, visibility: visibility, wallOwnerID: wallOwnerID, spaceID: spaceID)
    }
}
