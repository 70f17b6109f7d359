import Fluent

/// A photo or video attached to a post, in the order the author chose. A medium belongs to one post.
final class PostMedia: Model, @unchecked Sendable {
    static let schema = "post_media"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "post_id") var postID: Int64
    @Field(key: "media_id") var mediaID: Int64
    @Field(key: "position") var position: Int

    init() {}

    init(postID: Int64, mediaID: Int64, position: Int) {
        self.postID = postID
        self.mediaID = mediaID
        self.position = position
    }
}
