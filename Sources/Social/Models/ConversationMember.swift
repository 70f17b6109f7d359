import SQLKit

/// One participant's view of a direct thread (Mastodon's account conversation): the thread's root
/// post, its newest post and whether the participant has read up to it. Read and written with plain
/// SQL: the writes are upserts, which Fluent's models cannot express.
struct ConversationMember: Sendable {
    static let schema = "conversation_members"

    let memberID: Int64
    let rootID: Int64
    let lastStatusID: Int64
    let unread: Bool

    init(row: any SQLRow) throws {
        memberID = try row.decode(column: "member_id", as: Int64.self)
        rootID = try row.decode(column: "root_id", as: Int64.self)
        lastStatusID = try row.decode(column: "last_status_id", as: Int64.self)
        unread = try row.decode(column: "unread", as: Bool.self)
    }
}
