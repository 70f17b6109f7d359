import Fluent
import TreffpunktCore

/// Social's service API for features that tell the newsfeed about something a member made (a new wiki
/// page): the member's post, seen company-wide by members or, in a space, by its members only, written
/// by the same `PostService` and rules as the composer.
package struct MemberPublishing {
    let database: any Database
    let publicURL: String

    package init(database: any Database, publicURL: String) {
        self.database = database
        self.publicURL = publicURL
    }

    /// Posts `text` by the member, in the space when one is given (the member must belong to it), else
    /// for all members. `alongside` writes the caller's own rows in the post's transaction, so both are
    /// stored or neither. Returns the post's id.
    @discardableResult
    package func publish(by memberID: Int64, text: String, inSpace spaceID: Int64?,
                         alongside: (@Sendable (_ postID: Int64, _ database: any Database) async throws -> Void)? = nil) async throws -> Int64 {
        try await create(PostDraft(text: text, inSpace: spaceID), by: memberID, alongside: alongside)
    }

    /// Tells the newsfeed about something the member made, like `publish`: the post's text is the
    /// target's `title`, its words and link are made when it is read (`PostAnnouncement`).
    @discardableResult
    package func announce(_ announcement: PostAnnouncement, title: String, by memberID: Int64, inSpace spaceID: Int64?,
                          alongside: (@Sendable (_ postID: Int64, _ database: any Database) async throws -> Void)? = nil) async throws -> Int64 {
        var draft = PostDraft(text: title, inSpace: spaceID)
        draft.announcement = announcement
        return try await create(draft, by: memberID, alongside: alongside)
    }

    private func create(_ draft: PostDraft, by memberID: Int64,
                        alongside: (@Sendable (_ postID: Int64, _ database: any Database) async throws -> Void)?) async throws -> Int64 {
        var draft = draft
        draft.alongside = alongside
        return try await PostService(database: database, publicURL: publicURL).create(by: memberID, draft).requireID()
    }
}

private extension PostDraft {
    /// In the space when one is given, else for all members.
    init(text: String, inSpace spaceID: Int64?) {
        self = spaceID.map { PostDraft(text: text, spaceID: $0) } ?? PostDraft(text: text, visibility: .members)
    }
}
