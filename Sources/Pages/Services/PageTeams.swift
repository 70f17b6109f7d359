import Accounts
import Fluent
import TreffpunktCore

/// The Pages feature's answer to the social network: a member's roles on pages (so a page's owners and
/// editors edit and delete its posts, its moderators the comments under them), and the page's record of
/// who did so.
struct PageTeams: PageTeamsSource {
    func roles(of memberID: Int64, on database: any Database) async throws -> [Int64: PageRole] {
        let memberships = try await PageMembership.query(on: database).filter(\.$memberID == memberID).all()
        return Dictionary(memberships.map { ($0.pageID, $0.role) }, uniquingKeysWith: { first, _ in first })
    }

    func record(_ change: PagePostChange, on database: any Database) async throws {
        guard try await PageProfile.find(change.accountID, on: database) != nil else { return }
        try await PagePostRecord(change).create(on: database)
    }

    /// The page's newest lines with who wrote them, for its team.
    static func record(of pageID: Int64, limit: Int = 50, on database: any Database) async throws -> [PageRecordView.Line] {
        let records = try await PagePostRecord.query(on: database).filter(\.$pageID == pageID).sort(\.$id, .descending).limit(limit).all()
        let members = try await MemberLookup(database: database).members(ids: records.compactMap(\.memberID))
        return records.map { PageRecordView.Line(record: $0, member: $0.memberID.flatMap { members[$0] }) }
    }
}
