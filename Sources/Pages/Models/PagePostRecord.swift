import Fluent
import Foundation
import TreffpunktCore

/// One line of a page's record: who of its team (or which administrator) edited or deleted one of the
/// page's posts or a comment under them. The post may be gone; the line stays for the team.
final class PagePostRecord: Model, @unchecked Sendable {
    static let schema = "page_post_records"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "page_id") var pageID: Int64
    /// Not a reference: a deleted post's line outlives it.
    @Field(key: "post_id") var postID: Int64
    @Field(key: "is_comment") var isComment: Bool
    @Field(key: "action") var action: PagePostChange.Action
    /// `nil` once that member's account is deleted.
    @OptionalField(key: "member_id") var memberID: Int64?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ change: PagePostChange) {
        self.id = SnowflakeID.next()
        self.pageID = change.accountID
        self.postID = change.postID
        self.isComment = change.isComment
        self.action = change.action
        self.memberID = change.memberID
    }
}
