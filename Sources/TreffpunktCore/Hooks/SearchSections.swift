import Fluent
import Vapor

/// One thing another feature found for a search: a space, later a wiki page or a forum topic.
package struct SearchHit: Sendable, Equatable {
    package let title: String
    package let path: String
    /// Plain text, no Markdown or markup: the search page cuts it around the match and marks the match.
    package let summary: String

    package init(title: String, path: String, summary: String) {
        self.title = title
        self.path = path
        self.summary = summary
    }
}

/// A feature's section of the search page. The search page asks each one; each answers only with
/// what the searching member may see.
package protocol SearchSection: Sendable {
    var heading: LocalizedText { get }
    /// Sections of the company's inside (forums, wikis) are not asked for a guest's search.
    var isForEmployeesOnly: Bool { get }
    func search(_ query: String, for viewerID: Int64, limit: Int, on database: any Database) async throws -> [SearchHit]
}

extension Application {
    private struct SearchSectionsKey: StorageKey {
        typealias Value = [any SearchSection]
    }

    /// The sections of the search page besides people, hashtags and posts, in the order features added them.
    package var searchSections: [any SearchSection] {
        get { storage[SearchSectionsKey.self] ?? [] }
        set { storage[SearchSectionsKey.self] = newValue }
    }
}
