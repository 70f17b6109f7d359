import Fluent
import Social
import TreffpunktCore

/// What became of saving a page's edit form.
enum WikiSaveOutcome {
    case saved
    /// Nothing differs from the current revision; no revision is written.
    case unchanged
    case rejected(FormErrors)
    /// The form was based on a revision that is no longer the newest: here is the newest.
    case conflict(WikiRevision)
}

/// Writes a wiki: new pages (announced in the newsfeed), edits as revisions with conflict detection,
/// and restoring an old revision. Every write is one transaction.
struct WikiService {
    let database: any Database
    let publicURL: String

    /// Creates the page and its first revision, and tells the newsfeed in the same transaction: a
    /// members-visible post by the author, or a post in the space for a space's wiki.
    func create(_ draft: WikiDraft, in scope: WikiScope, by authorID: Int64) async throws -> Result<WikiPage, FormErrors> {
        let tree = try await WikiReader(database: database).tree(of: scope)
        let checked: WikiDraft.Checked
        switch draft.check(in: tree, editing: nil) {
        case .failure(let errors): return .failure(errors)
        case .success(let value): checked = value
        }
        let pageID = SnowflakeID.next()
        let revision = WikiRevision(pageID: pageID, number: 1, title: checked.title, source: checked.body,
                                    note: checked.note, authorID: authorID)
        let page = WikiPage(id: pageID, wikiKey: scope.key, title: checked.title, parentID: checked.parentID,
                            source: checked.body, revisionID: revision.requireID(), createdBy: authorID)
        let announcement = PostAnnouncement(kind: .wikiPage, path: scope.path(.page(pageID)))
        do {
            try await MemberPublishing(database: database, publicURL: publicURL)
                .announce(announcement, title: checked.title, by: authorID, inSpace: scope.spaceID) { _, db in
                    try await page.create(on: db)
                    try await revision.create(on: db)
                }
        } catch where error.isUniqueViolation {
            // Someone created the same title a moment ago.
            var errors = FormErrors()
            errors.add("title", WikisText.titleTaken(checked.title))
            return .failure(errors)
        }
        return .success(page)
    }

    /// Saves an edit as a new revision, unless the form's base revision is no longer the newest:
    /// then nothing is written and the newest revision is returned for the conflict view.
    func save(_ draft: WikiDraft, to page: WikiPage, basedOn baseRevisionID: Int64?, in scope: WikiScope,
              by authorID: Int64) async throws -> WikiSaveOutcome {
        let reader = WikiReader(database: database)
        let checked: WikiDraft.Checked
        switch draft.check(in: try await reader.tree(of: scope), editing: page.requireID()) {
        case .failure(let errors): return .rejected(errors)
        case .success(let value): checked = value
        }
        guard baseRevisionID == page.currentRevisionID else { return .conflict(try await reader.currentRevision(of: page)) }
        if checked.title == page.title, checked.body == page.source, checked.parentID == page.parentID { return .unchanged }
        let pageID = page.requireID()
        do {
            try await database.writeTransaction { db in
                guard let fresh = try await WikiPage.find(pageID, on: db) else { throw UserFacingError.notFound(WikisText.pageNotFound) }
                guard fresh.currentRevisionID == baseRevisionID else { throw WikiConflict() }
                let revision = WikiRevision(pageID: pageID, number: fresh.revisionCount + 1, title: checked.title,
                                            source: checked.body, note: checked.note, authorID: authorID)
                try await revision.create(on: db)
                fresh.title = checked.title
                fresh.titleKey = WikiTitle.key(checked.title)
                fresh.parentID = checked.parentID
                fresh.source = checked.body
                fresh.currentRevisionID = revision.requireID()
                fresh.revisionCount = revision.number
                try await fresh.update(on: db)
            }
        } catch let error where error is WikiConflict || error.isUniqueViolation {
            // Another save won the race: either it took the next revision number (a conflict) or the title.
            let fresh = try await reader.page(pageID, in: scope)
            if fresh.currentRevisionID != baseRevisionID { return .conflict(try await reader.currentRevision(of: fresh)) }
            var errors = FormErrors()
            errors.add("title", WikisText.titleTaken(checked.title))
            return .rejected(errors)
        }
        return .saved
    }

    /// Makes an old revision's text the page's text again, as a new revision "restored from revision N".
    func restore(_ old: WikiRevision, of page: WikiPage, by authorID: Int64) async throws {
        let pageID = page.requireID()
        do {
            try await database.writeTransaction { db in
                guard let fresh = try await WikiPage.find(pageID, on: db) else { throw UserFacingError.notFound(WikisText.pageNotFound) }
                let revision = WikiRevision(pageID: pageID, number: fresh.revisionCount + 1, title: fresh.title,
                                            source: old.source, note: "", restoredFrom: old.number, authorID: authorID)
                try await revision.create(on: db)
                fresh.source = old.source
                fresh.currentRevisionID = revision.requireID()
                fresh.revisionCount = revision.number
                try await fresh.update(on: db)
            }
        } catch where error.isUniqueViolation {
            throw UserFacingError(.conflict, WikisText.restoreRaced)
        }
    }
}

/// The page moved on while a save was on its way.
private struct WikiConflict: Error {}
