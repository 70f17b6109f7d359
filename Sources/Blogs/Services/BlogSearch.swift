import Fluent
import Social
import TreffpunktCore

/// Articles on the search page: published ones whose title or text matches, as the member may see them.
struct BlogSearch: SearchSection {
    var heading: LocalizedText { BlogsText.blogs }
    /// Articles answer to the visibility policy, which knows guests.
    var isForEmployeesOnly: Bool { false }

    func search(_ query: String, for viewerID: Int64, limit: Int, on database: any Database) async throws -> [SearchHit] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let viewer = try await AudienceLookup(database: database).viewer(viewerID)
        let articles = try await ArticleQueries(database: database).search(text, for: viewer, limit: limit)
        let blogs = try await BlogDirectory(database: database).blogs(of: articles, readerID: viewerID)
        return articles.compactMap { article in
            blogs[article.blogID].map { blog in
                SearchHit(title: article.title, path: BlogURL.article(blog.address, id: article.requireID()).path,
                          summary: blog.name + " · " + PlainText.fromHTML(article.html))
            }
        }
    }
}
