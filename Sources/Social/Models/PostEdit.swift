import Fluent
import Foundation
import TreffpunktCore

/// One earlier version of an edited post, kept for the edit history.
final class PostEdit: Model, @unchecked Sendable {
    static let schema = "post_edits"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "post_id") var postID: Int64
    @Field(key: "text") var text: String
    @Field(key: "html") var html: String
    /// When this version was written (the post's creation or an earlier edit).
    @Field(key: "written_at") var writtenAt: Date

    init() {}

    init(postID: Int64, text: String, html: String, writtenAt: Date) {
        self.id = SnowflakeID.next()
        self.postID = postID
        self.text = text
        self.html = html
        self.writtenAt = writtenAt
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("an earlier version always has an id") }
        return id
    }
}
