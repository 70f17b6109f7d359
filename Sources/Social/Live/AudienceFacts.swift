import Fluent
import SQLKit
import TreffpunktCore

/// What the visibility policy and the newsfeed need to know about many readers at once, as far as a
/// few people and spaces are concerned: their friends, followers and muters, blocks either way and
/// the members of the spaces — one statement, however many readers. A live event asks it instead of
/// loading every reader's whole circle.
struct AudienceFacts: Sendable {
    private(set) var friends: [Int64: Set<Int64>] = [:]
    private(set) var followers: [Int64: Set<Int64>] = [:]
    private(set) var muters: [Int64: Set<Int64>] = [:]
    /// Person → members they blocked or who blocked them.
    private(set) var blocks: [Int64: Set<Int64>] = [:]
    private(set) var spaceMembers: [Int64: Set<Int64>] = [:]
    /// The employees among the possible readers; anyone else reads as a guest, so an unknown reader
    /// never sees an intern post.
    private(set) var employees: Set<Int64> = []

    /// `circles`: whose friends, followers and muters; `people`: whose blocks (the circles' people
    /// included); `readers`, when known, narrows every part to them.
    static func load(circles: Set<Int64>, people: Set<Int64>, spaces: Set<Int64>, readers: Set<Int64>? = nil,
                     on database: any Database) async throws -> AudienceFacts {
        var facts = AudienceFacts()
        let everyone = circles.union(people)
        guard !everyone.isEmpty else { return facts }
        func only(_ column: String) -> SQLQueryString {
            guard let readers else { return "" }
            let list: [any Encodable & Sendable] = readers.isEmpty ? [Int64(0)] : readers.sorted()
            return " AND \(unsafeRaw: column) IN (\(binds: list))"
        }
        let circleList: [any Encodable & Sendable] = circles.isEmpty ? [Int64(0)] : circles.sorted()
        let peopleList: [any Encodable & Sendable] = everyone.sorted()
        var query: SQLQueryString = """
            SELECT 'friend' AS kind, user_id AS person, friend_id AS member FROM friendships WHERE user_id IN (\(binds: circleList))\(only("friend_id"))
            UNION ALL SELECT 'follower', followee_id, follower_id FROM follows WHERE followee_id IN (\(binds: circleList))\(only("follower_id"))
            UNION ALL SELECT 'muter', muted_id, muter_id FROM mutes WHERE muted_id IN (\(binds: circleList))\(only("muter_id"))
            UNION ALL SELECT 'block', blocker_id, blocked_id FROM blocks WHERE blocker_id IN (\(binds: peopleList))\(only("blocked_id"))
            UNION ALL SELECT 'block', blocked_id, blocker_id FROM blocks WHERE blocked_id IN (\(binds: peopleList))\(only("blocker_id"))
            """
        let spaceList: [any Encodable & Sendable] = spaces.isEmpty ? [Int64(0)] : spaces.sorted()
        if !spaces.isEmpty {
            query += " UNION ALL SELECT 'space', space_id, member_id FROM space_members WHERE space_id IN (\(binds: spaceList))\(only("member_id"))"
        }
        // Readers not named come from the circles, the spaces and the people themselves.
        let possibleReaders: SQLQueryString = readers != nil ? "1 = 1" : """
            (id IN (\(binds: peopleList)) OR id IN (SELECT friend_id FROM friendships WHERE user_id IN (\(binds: circleList))) \
            OR id IN (SELECT follower_id FROM follows WHERE followee_id IN (\(binds: circleList))) \
            OR id IN (SELECT member_id FROM space_members WHERE space_id IN (\(binds: spaceList))))
            """
        query += " UNION ALL SELECT 'employee', id, id FROM users WHERE affiliation = \(bind: "employee") AND \(possibleReaders)\(only("id"))"
        for row in try await database.sql.raw(query).all() {
            let person = try row.decode(column: "person", as: Int64.self)
            let member = try row.decode(column: "member", as: Int64.self)
            switch try row.decode(column: "kind", as: String.self) {
            case "friend": facts.friends[person, default: []].insert(member)
            case "follower": facts.followers[person, default: []].insert(member)
            case "muter": facts.muters[person, default: []].insert(member)
            case "space": facts.spaceMembers[person, default: []].insert(member)
            case "employee": facts.employees.insert(member)
            default: facts.blocks[person, default: []].insert(member)
            }
        }
        return facts
    }

    /// The reader as the visibility policy sees them for posts of these people and spaces.
    func viewer(_ readerID: Int64) -> AudienceViewer {
        AudienceViewer(id: readerID, isEmployee: employees.contains(readerID),
                       friendIDs: Set(friends.filter { $0.value.contains(readerID) }.keys),
                       blockedIDs: Set(blocks.filter { $0.value.contains(readerID) }.keys),
                       spaceIDs: Set(spaceMembers.filter { $0.value.contains(readerID) }.keys))
    }

    /// Whose newsfeed shows `post` (a post or share, no comment), as `FeedService.home` decides: its
    /// author, their friends and followers, the Pinnwand owner and their circles, the members of its
    /// space and the people it mentions — without those who muted the author (or the Pinnwand owner,
    /// for their circles). Load the facts with the author and Pinnwand owner as `circles`.
    func newsfeedReaders(of post: Post, mentioned: Set<Int64>) -> Set<Int64> {
        let author = post.authorID
        var readers: Set<Int64> = [author]
        readers.formUnion(friends[author] ?? [])
        readers.formUnion(followers[author] ?? [])
        readers.formUnion(mentioned)
        if let spaceID = post.spaceID { readers.formUnion(spaceMembers[spaceID] ?? []) }
        if let wall = post.wallOwnerID {
            readers.insert(wall)
            readers.formUnion((friends[wall] ?? []).union(followers[wall] ?? []).subtracting(muters[wall] ?? []))
        }
        return readers.subtracting(muters[author] ?? [])
    }
}
