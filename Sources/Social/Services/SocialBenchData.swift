import Accounts
import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// The social half of the benchmark data set: friendships, posts over a year with mixed
/// visibility, comments and reactions, written in bulk. Only `treffpunkt bench seed` uses it.
package enum SocialBenchData {
    package struct Size: Sendable {
        package var friendsPerMember = 150
        package var posts = 1_000_000
        package var comments = 200_000
        package var reactions = 1_000_000
        package var days = 365

        package init() {}
    }

    /// Words for post texts, so full-text search has something to find.
    package static let words = [
        "Messe", "Kunde", "Angebot", "Projekt", "Lieferung", "Besprechung", "Schulung", "Urlaub", "Sommerfest",
        "Produktion", "Qualität", "Audit", "Vertrieb", "Marketing", "Bestellung", "Rechnung", "Termin", "Team",
        "Standort", "Werk", "Maschine", "Wartung", "Sicherheit", "Ausbildung", "Bewerbung", "Innovation",
        "Prototyp", "Sensor", "Software", "Update", "Kantine", "Parkplatz", "Betriebsrat", "Jubiläum", "Erfolg",
        "Danke", "heute", "morgen", "wichtig", "neu", "bitte", "gemeinsam", "schnell", "pünktlich", "super",
    ]
    private static let tags = ["messe", "vertrieb", "it", "ausbildung", "qualität", "produktion", "team", "kunden",
                               "innovation", "sicherheit", "sommerfest", "jubiläum", "projekt", "werk2", "news"]

    /// Writes the data set for the given members and reports progress after each part.
    package static func insert(memberIDs: [Int64], usernames: [String], size: Size, seed: UInt64 = 42,
                               on database: any Database, progress: (String) -> Void) async throws {
        var random = SeededRandom(seed: seed)
        let count = memberIDs.count
        // Friendship is symmetric by construction: member i befriends i ± d for a fixed set of offsets d.
        var offsets = Set<Int>()
        while offsets.count < min(size.friendsPerMember / 2, (count - 1) / 2) {
            let offset = Int.random(in: 1..<max(2, count / 2), using: &random)
            if offset * 2 != count { offsets.insert(offset) }
        }
        let friendOffsets = offsets.sorted().flatMap { [$0, count - $0] }
        func friend(of index: Int, _ choice: Int) -> Int { (index + friendOffsets[choice % friendOffsets.count]) % count }

        var friendships = BulkInsert(table: Friendship.schema, columns: ["id", "user_id", "friend_id", "created_at"])
        let friendsSince = Date().addingTimeInterval(Double(-size.days - 10) * 86_400)
        for index in 0..<count {
            for offset in friendOffsets {
                try await friendships.add([SnowflakeID.next(at: friendsSince), memberIDs[index],
                                           memberIDs[(index + offset) % count], friendsSince], on: database)
            }
        }
        try await friendships.flush(on: database)
        progress("friendships: \(friendships.written) rows")

        let start = Date().addingTimeInterval(Double(-size.days) * 86_400)
        let span = Double(size.days) * 86_400
        func id(at date: Date, _ serial: Int, kind: Int64) -> Int64 {
            Int64(date.timeIntervalSince1970 * 1000) << 16 | kind << 14 | Int64(serial & 0x3FFF)
        }
        func sentence() -> String {
            (0..<Int.random(in: 6...18, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        }

        let postColumns = ["id", "author_id", "wall_owner_id", "visibility", "text", "html", "root_id", "in_reply_to_id",
                           "reblog_of_id", "quote_of_id", "replies_count", "reblogs_count", "reactions_count", "created_at", "edited_at"]
        var posts = BulkInsert(table: Post.schema, columns: postColumns)
        var mentions = BulkInsert(table: PostMention.schema, columns: ["id", "post_id", "user_id"])
        var postTags = BulkInsert(table: PostTag.schema, columns: ["id", "tag", "post_id"])
        // Mentions and hashtags point at posts: they are written right after their posts, never before.
        let postsPerFlush = posts.rowsPerStatement * posts.statementsPerTransaction
        mentions.statementsPerTransaction = 2 * postsPerFlush / mentions.rowsPerStatement
        postTags.statementsPerTransaction = 2 * postsPerFlush / postTags.rowsPerStatement
        // What comments and reactions need to know about a post, kept compactly.
        var postIDs = [Int64](), postAuthors = [Int32](), postVisibilities = [PostVisibility](), postTimes = [Double]()
        postIDs.reserveCapacity(size.posts)
        for serial in 0..<size.posts {
            let time = start.addingTimeInterval(span * Double(serial) / Double(size.posts))
            let postID = id(at: time, serial, kind: 0)
            let author = Int.random(in: 0..<count, using: &random)
            let roll = Int.random(in: 0..<100, using: &random)
            let visibility: PostVisibility = roll < 50 ? .public : roll < 83 ? .friends : roll < 95 ? .members : .direct
            var text = sentence()
            if visibility == .direct {
                let recipient = friend(of: author, serial)
                text = "@\(usernames[recipient]) " + text
                try await mentions.add([SnowflakeID.next(at: time), postID, memberIDs[recipient]], on: database)
            }
            if roll % 10 == 0 {
                let tag = tags[serial % tags.count]
                text += " #\(tag)"
                try await postTags.add([SnowflakeID.next(at: time), tag, postID], on: database)
            }
            let html = PostText(text).html(publicURL: "")
            try await posts.add([postID, memberIDs[author], Int64?.none, visibility.rawValue, text, html, Int64?.none,
                                 Int64?.none, Int64?.none, Int64?.none, 0, 0, 0, time, Date?.none], on: database)
            postIDs.append(postID)
            postAuthors.append(Int32(author))
            postVisibilities.append(visibility)
            postTimes.append(time.timeIntervalSince1970)
            if (serial + 1) % postsPerFlush == 0 {
                try await posts.flush(on: database)
                try await mentions.flush(on: database)
                try await postTags.flush(on: database)
            }
        }
        try await posts.flush(on: database)
        try await mentions.flush(on: database)
        try await postTags.flush(on: database)
        progress("posts: \(posts.written), mentions: \(mentions.written), hashtags: \(postTags.written)")

        var comments = BulkInsert(table: Post.schema, columns: postColumns)
        for serial in 0..<size.comments {
            let root = Int.random(in: 0..<size.posts, using: &random)
            guard postVisibilities[root] != .direct else { continue }
            let commenter = friend(of: Int(postAuthors[root]), serial)
            let time = Date(timeIntervalSince1970: postTimes[root] + Double(Int.random(in: 60...86_400, using: &random)))
            let text = sentence()
            try await comments.add([id(at: time, serial, kind: 1), memberIDs[commenter], Int64?.none, postVisibilities[root].rawValue,
                                    text, PostText(text).html(publicURL: ""), postIDs[root], postIDs[root], Int64?.none,
                                    Int64?.none, 0, 0, 0, time, Date?.none], on: database)
        }
        try await comments.flush(on: database)
        progress("comments: \(comments.written)")

        var reactions = BulkInsert(table: Reaction.schema, columns: ["id", "post_id", "user_id", "kind", "created_at"],
                                   ignoresConflicts: true)
        let kinds = ReactionKind.allCases
        for serial in 0..<size.reactions {
            let post = Int.random(in: 0..<size.posts, using: &random)
            guard postVisibilities[post] != .direct else { continue }
            let reactor = friend(of: Int(postAuthors[post]), Int.random(in: 0..<friendOffsets.count, using: &random))
            let time = Date(timeIntervalSince1970: postTimes[post] + Double(Int.random(in: 60...86_400, using: &random)))
            let kind = serial % 3 == 0 ? kinds.randomElement(using: &random)! : .like
            try await reactions.add([id(at: time, serial, kind: 2), postIDs[post], memberIDs[reactor], kind.rawValue, time],
                                    on: database)
        }
        try await reactions.flush(on: database)
        progress("reactions: about \(reactions.written) (duplicates skipped)")

        try await database.sql.raw("""
            UPDATE posts SET replies_count = (SELECT COUNT(*) FROM posts c WHERE c.root_id = posts.id)
            WHERE id IN (SELECT root_id FROM posts WHERE root_id IS NOT NULL)
            """).run()
        try await database.sql.raw("""
            UPDATE posts SET reactions_count = (SELECT COUNT(*) FROM reactions r WHERE r.post_id = posts.id)
            WHERE id IN (SELECT post_id FROM reactions)
            """).run()
        progress("counters updated")
    }
}
