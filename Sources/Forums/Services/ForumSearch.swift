import Fluent
import Spaces
import SQLKit
import TreffpunktCore

/// Forum topics on the search page, by title and text: company-wide ones and those of the reader's spaces.
struct ForumSearch: SearchSection {
    var heading: LocalizedText { ForumsText.searchHeading }
    var isForEmployeesOnly: Bool { true }

    func search(_ query: String, for viewerID: Int64, limit: Int, on database: any Database) async throws -> [SearchHit] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let spaces = try await SpaceLookup(database: database).spaces(of: viewerID)
        let slugs = Dictionary(uniqueKeysWithValues: spaces.map { ($0.id, $0.slug) })
        let spaceIDs: [any Encodable & Sendable] = spaces.map(\.id)
        let pattern = try LikePattern.containing(text)
        let inSpaces: SQLQueryString = spaceIDs.isEmpty ? "" : " OR space_id IN (\(binds: spaceIDs))"
        let rows = try await database.sql.raw("""
            SELECT id, space_id, title, body FROM forum_topics
            WHERE (space_id IS NULL\(inSpaces))
              AND (lower(title) LIKE \(bind: pattern) ESCAPE '\\' OR lower(body) LIKE \(bind: pattern) ESCAPE '\\')
            ORDER BY activity_id DESC LIMIT \(literal: limit)
            """).all()
        return try rows.map { row in
            let spaceID = try row.decode(column: "space_id", as: Int64?.self)
            let base = ForumScope.basePath(spaceSlug: spaceID.flatMap { slugs[$0] })
            return SearchHit(title: try row.decode(column: "title", as: String.self),
                             path: ForumURL.topic(id: try row.decode(column: "id", as: Int64.self)).path(in: base),
                             summary: MarkdownRenderer().plainText(try row.decode(column: "body", as: String.self)))
        }
    }
}
