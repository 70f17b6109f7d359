import Accounts
import Fluent
import Plot
import TreffpunktCore
import Vapor

/// Social's service API for accounts that a team runs rather than a person who logs in (company pages):
/// they accept followers without asking, publish through the same `PostService` as everyone, and their
/// posts are listed under the same visibility policy as all others.
package struct AccountPublishing {
    let database: any Database
    let publicURL: String

    package init(database: any Database, publicURL: String) {
        self.database = database
        self.publicURL = publicURL
    }

    /// Followed at once, without a friendship request; new posts are public unless chosen otherwise.
    package func openToFollowers(_ accountID: Int64) async throws {
        try await RelationshipService(database: database)
            .setPreferences(of: accountID, defaultVisibility: .public, acceptsFollowers: true)
    }

    /// Publishes a post with the account as its author; only audiences the whole company or world may
    /// see fit an account without friends. `mediaIDs` are the account's own uploads (a video may still be
    /// processing, as in the composer). `alongside` writes the caller's own facts about the post in the
    /// post's transaction. Returns the post's id.
    package func publish(as accountID: Int64, text: String, visibility: PostVisibility, mediaIDs: [Int64] = [],
                         alongside: (@Sendable (_ postID: Int64, _ database: any Database) async throws -> Void)? = nil) async throws -> Int64 {
        guard visibility == .public || visibility == .members else {
            throw UserFacingError(.unprocessableEntity, SocialText.pageVisibilityOnly)
        }
        var draft = PostDraft(text: text, visibility: visibility, mediaIDs: mediaIDs)
        draft.acceptsProcessingMedia = true
        draft.alongside = alongside
        return try await PostService(database: database, publicURL: publicURL).create(by: accountID, draft).requireID()
    }

    /// `followerID` follows the account, as the follow button does.
    package func follow(_ accountID: Int64, by followerID: Int64) async throws {
        try await RelationshipService(database: database).follow(followerID, accountID)
    }

    /// Whether `followerID` follows the account.
    package func isFollowing(_ followerID: Int64, _ accountID: Int64) async throws -> Bool {
        try await Follow.query(on: database).filter(\.$followerID == followerID).filter(\.$followeeID == accountID).first() != nil
    }
}

extension Request {
    /// The account's newest posts that the reader may see (the visibility policy decides), as the
    /// post cards of the newsfeed, or `emptyText` when there are none.
    package func latestPostCards(of accountID: Int64, limit: Int, context: PageContext,
                                 emptyText: LocalizedText) async throws -> Node<HTML.BodyContext> {
        let posts = try await FeedService(database: db)
            .authored(by: accountID, for: try await audienceViewer(), page: PageRequest(limit: limit), includeShares: false)
        return PostList.render(try await present(posts), context: context, emptyText: emptyText)
    }
}
