import Fluent
import TreffpunktCore

/// Who of the page's team wrote a post the page published, so the team can see it.
final class PagePostAuthor: Model, @unchecked Sendable {
    static let schema = "page_post_authors"

    /// The post's id.
    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "page_id") var pageID: Int64
    @Field(key: "member_id") var memberID: Int64

    init() {}

    init(postID: Int64, pageID: Int64, memberID: Int64) {
        self.id = postID
        self.pageID = pageID
        self.memberID = memberID
    }
}
