import Fluent
import Foundation
import TreffpunktCore

/// Something that happened to a member: a friend request, a comment on their post, a reaction…
final class SocialNotification: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "recipient_id") var recipientID: Int64
    @Field(key: "actor_id") var actorID: Int64
    @Field(key: "kind") var kind: NotificationKind
    @OptionalField(key: "post_id") var postID: Int64?
    /// The space a space notification is about.
    @OptionalField(key: "space_id") var spaceID: Int64?
    /// Where a notification about another feature's thing leads (a forum topic).
    @OptionalField(key: "link_path") var linkPath: String?
    @OptionalField(key: "read_at") var readAt: Date?
    /// When a notification mail told of it (or passed it over, not visible any more).
    @OptionalField(key: "mailed_at") var mailedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(recipientID: Int64, actorID: Int64, kind: NotificationKind, postID: Int64?) {
        self.id = SnowflakeID.next()
        self.recipientID = recipientID
        self.actorID = actorID
        self.kind = kind
        self.postID = postID
    }
}
