import Fluent
import SQLKit
import TreffpunktCore

/// Reads a wiki: its page tree, a page in it, a page's revisions.
struct WikiReader {
    let database: any Database

    /// Every page of the wiki without its text, in one query (index `wiki_pages_title_unique`).
    func tree(of scope: WikiScope) async throws -> WikiTree {
        let rows = try await database.sql.raw("""
            SELECT id, title, title_key, parent_id FROM wiki_pages WHERE wiki_key = \(bind: scope.key)
            """).all()
        return WikiTree(nodes: try rows.map { row in
            WikiPageNode(id: try row.decode(column: "id", as: Int64.self), title: try row.decode(column: "title", as: String.self),
                         titleKey: try row.decode(column: "title_key", as: String.self),
                         parentID: try row.decode(column: "parent_id", as: Int64?.self))
        })
    }

    /// The page with this id in this wiki; a page of another wiki is not found here.
    func page(_ id: Int64?, in scope: WikiScope) async throws -> WikiPage {
        guard let id, let page = try await WikiPage.find(id, on: database), page.wikiKey == scope.key else {
            throw UserFacingError.notFound(WikisText.pageNotFound)
        }
        return page
    }

    /// The page's newest revisions first, at most `limit`.
    func revisions(of pageID: Int64, limit: Int) async throws -> [WikiRevision] {
        try await WikiRevision.query(on: database).filter(\.$pageID == pageID)
            .sort(\.$number, .descending).limit(limit).all()
    }

    /// A revision of this page: one that does not exist is not found (404), one of another page of the
    /// same wiki is refused (422), as comparing or restoring it here would mix two pages. One of another
    /// wiki is not found, so revision ids do not tell of pages in wikis the reader may not see.
    func revision(_ id: Int64?, of page: WikiPage) async throws -> WikiRevision {
        guard let id, let revision = try await WikiRevision.find(id, on: database) else {
            throw UserFacingError.notFound(WikisText.revisionNotFound)
        }
        guard revision.pageID == page.requireID() else {
            guard let other = try await WikiPage.find(revision.pageID, on: database), other.wikiKey == page.wikiKey else {
                throw UserFacingError.notFound(WikisText.revisionNotFound)
            }
            throw UserFacingError(.unprocessableEntity, WikisText.revisionOfOtherPage)
        }
        return revision
    }

    func currentRevision(of page: WikiPage) async throws -> WikiRevision {
        try await revision(page.currentRevisionID, of: page)
    }
}
