import Fluent

/// A photo or video an earlier version of a post carried, for the edit history. Whoever may see the
/// post may see these too, also after an edit took them off the post.
final class PostEditMedia: Model, @unchecked Sendable {
    static let schema = "post_edit_media"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "edit_id") var editID: Int64
    @Field(key: "post_id") var postID: Int64
    @Field(key: "media_id") var mediaID: Int64
    @Field(key: "position") var position: Int

    init() {}

    init(editID: Int64, postID: Int64, mediaID: Int64, position: Int) {
        self.editID = editID
        self.postID = postID
        self.mediaID = mediaID
        self.position = position
    }
}
