import Fluent
import TreffpunktCore

/// A hashtag used in a post, lower-cased so `#Messe` and `#messe` are one tag.
final class PostTag: Model, @unchecked Sendable {
    static let schema = "post_tags"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "tag") var tag: String
    @Field(key: "post_id") var postID: Int64

    init() {}

    init(tag: String, postID: Int64) {
        self.id = SnowflakeID.next()
        self.tag = tag
        self.postID = postID
    }
}
