import Accounts
import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Full-text search over people, posts and hashtags, returning only what the searcher may see.
struct SearchService {
    let database: any Database

    struct HashtagHit: Sendable, Equatable {
        let name: String
        let uses: Int
    }

    struct Results: Sendable {
        var people: [MemberSummary] = []
        var posts: [Post] = []
        var hashtags: [HashtagHit] = []
    }

    enum Kind: String {
        case accounts, statuses, hashtags
    }

    private static let policy = VisibilitySQL(post: "p", mentionsTable: PostMention.schema)

    func search(_ query: String, kinds: Set<Kind> = [.accounts, .statuses, .hashtags], viewer: AudienceViewer,
                limit: Int = 20, maxID: Int64? = nil) async throws -> Results {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw UserFacingError(.badRequest, SocialText.searchQueryMissing) }
        var results = Results()
        if kinds.contains(.accounts) {
            let people = try await MemberLookup(database: database).search(text.hasPrefix("@") ? String(text.dropFirst()) : text, limit: limit)
            results.people = people.filter { !viewer.blockedIDs.contains($0.id) }
        }
        if kinds.contains(.statuses) {
            results.posts = try await posts(matching: text, viewer: viewer, limit: limit, maxID: maxID)
        }
        if kinds.contains(.hashtags) {
            results.hashtags = try await hashtags(startingWith: text, viewer: viewer, limit: limit)
        }
        return results
    }

    private func posts(matching text: String, viewer: AudienceViewer, limit: Int, maxID: Int64?) async throws -> [Post] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { return [] }
        let sql = database.sql
        // The matches drive the query newest first, so it stops after `limit` visible posts instead of
        // collecting every match of a common word and sorting them.
        let source: SQLQueryString
        let match: SQLQueryString
        let order: SQLQueryString
        if sql.dialect.name == "sqlite" {
            // Each word quoted, so the reader's text is never read as FTS5 syntax; the last one as a prefix.
            let expression = words.enumerated().map { index, word in
                "\"\(word)\"" + (index == words.count - 1 ? "*" : "")
            }.joined(separator: " ")
            source = "post_search s JOIN posts p ON p.id = s.rowid"
            match = "post_search MATCH \(bind: expression)"
            order = "s.rowid"
        } else {
            let expression = words.enumerated().map { index, word in
                word.replacingOccurrences(of: "'", with: "") + (index == words.count - 1 ? ":*" : "")
            }.joined(separator: " & ")
            source = "posts p"
            match = "p.search_vector @@ to_tsquery('simple', \(PostgresSearch.folded("\(bind: expression)")))"
            order = "p.id"
        }
        let bound: SQLQueryString = maxID.map { " AND p.id < \(bind: $0)" } ?? ""
        return try await sql.raw("""
            SELECT p.* FROM \(source)
            WHERE \(match) AND p.root_id IS NULL AND p.reblog_of_id IS NULL AND \(Self.policy.condition(for: viewer))\(bound)
            ORDER BY \(order) DESC LIMIT \(literal: limit)
            """).all().map(Post.init(row:))
    }

    private func hashtags(startingWith text: String, viewer: AudienceViewer, limit: Int) async throws -> [HashtagHit] {
        let prefix = (text.hasPrefix("#") ? String(text.dropFirst()) : text).lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return [] }
        // A comment is seen with its post: its tags count only where the reader may see the root post
        // (the comment row's own author and visibility say nothing about who reads the thread).
        let rows = try await database.sql.raw("""
            SELECT t.tag AS tag, COUNT(*) AS uses FROM post_tags t JOIN posts tagged ON tagged.id = t.post_id
            JOIN posts p ON p.id = COALESCE(tagged.root_id, tagged.id)
            WHERE t.tag >= \(bind: prefix) AND t.tag < \(bind: prefix + "\u{10FFFF}") AND \(Self.policy.condition(for: viewer))
            GROUP BY t.tag ORDER BY uses DESC, t.tag LIMIT \(literal: limit)
            """).all()
        return try rows.map { HashtagHit(name: try $0.decode(column: "tag", as: String.self), uses: try $0.decode(column: "uses", as: Int.self)) }
    }
}
