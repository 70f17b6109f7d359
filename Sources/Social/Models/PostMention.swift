import Fluent
import TreffpunktCore

/// A member mentioned in a post. Mentions also widen `friends` and `direct` posts to the people named.
final class PostMention: Model, @unchecked Sendable {
    static let schema = "post_mentions"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "post_id") var postID: Int64
    @Field(key: "user_id") var userID: Int64

    init() {}

    init(postID: Int64, userID: Int64) {
        self.id = SnowflakeID.next()
        self.postID = postID
        self.userID = userID
    }
}
