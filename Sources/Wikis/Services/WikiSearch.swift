import Fluent
import Spaces
import SQLKit
import TreffpunktCore

/// Wiki pages on the search page, by title and text: the company wiki's and those of the searching
/// member's spaces — never a page of a space they are not in.
struct WikiSearch: SearchSection {
    var heading: LocalizedText { WikisText.searchHeading }
    var isForEmployeesOnly: Bool { true }

    func search(_ query: String, for viewerID: Int64, limit: Int, on database: any Database) async throws -> [SearchHit] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let spaces = try await SpaceLookup(database: database).spaces(of: viewerID)
        let scopes = [WikiScope.company] + spaces.map(WikiScope.space)
        let byKey = Dictionary(scopes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let pattern = try LikePattern.containing(text)
        let rows = try await database.sql.raw("""
            SELECT id, wiki_key, title, source FROM wiki_pages
            WHERE wiki_key IN (\(binds: Array(byKey.keys)))
              AND (lower(title) LIKE \(bind: pattern) ESCAPE '\\' OR lower(source) LIKE \(bind: pattern) ESCAPE '\\')
            ORDER BY title LIMIT \(bind: limit)
            """).all()
        return try rows.compactMap { row in
            guard let scope = byKey[try row.decode(column: "wiki_key", as: Int64.self)] else { return nil }
            return SearchHit(title: try row.decode(column: "title", as: String.self),
                             path: scope.path(.page(try row.decode(column: "id", as: Int64.self))),
                             summary: WikiMarkup.plainText(try row.decode(column: "source", as: String.self)))
        }
    }
}
