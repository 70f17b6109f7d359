import Fluent
import Foundation
import TreffpunktCore

/// One member's reaction to a post; each member has at most one per post and may change its kind.
final class Reaction: Model, @unchecked Sendable {
    static let schema = "reactions"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "post_id") var postID: Int64
    @Field(key: "user_id") var userID: Int64
    @Field(key: "kind") var kind: ReactionKind
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(postID: Int64, userID: Int64, kind: ReactionKind) {
        self.id = SnowflakeID.next()
        self.postID = postID
        self.userID = userID
        self.kind = kind
    }
}
