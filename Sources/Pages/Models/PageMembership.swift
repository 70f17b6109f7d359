import Fluent
import Foundation
import TreffpunktCore

/// A member's role on a company page (`page_id` is the page account's id); one role per member and page.
final class PageMembership: Model, @unchecked Sendable {
    static let schema = "page_roles"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "page_id") var pageID: Int64
    @Field(key: "member_id") var memberID: Int64
    @Field(key: "role") var role: PageRole
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(pageID: Int64, memberID: Int64, role: PageRole) {
        self.id = SnowflakeID.next()
        self.pageID = pageID
        self.memberID = memberID
        self.role = role
    }
}
