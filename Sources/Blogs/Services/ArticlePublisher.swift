import Accounts
import Fluent
import Foundation
import Social
import Spaces
import SQLKit
import TreffpunktCore

/// Publishes articles: the state turns to published and the Social post that announces it in the
/// newsfeed is written, in one transaction. The state changes in one `UPDATE … WHERE state <> 'published'`,
/// so when the scheduler and a reader publish the same article at once, only one of them announces it
/// (and the unique index on `post_id` stands behind that).
struct ArticlePublisher {
    let database: any Database
    let publicURL: String

    /// Publishes the article unless it already is; true when this call published it.
    @discardableResult
    func publish(_ articleID: Int64, now: Date = Date()) async throws -> Bool {
        let publicURL = self.publicURL
        return try await database.writeTransaction { db in
            let claimed = try await db.sql.raw("""
                UPDATE blog_articles SET state = \(bind: ArticleState.published.rawValue)
                WHERE id = \(bind: articleID) AND state <> \(bind: ArticleState.published.rawValue) RETURNING id
                """).all()
            guard !claimed.isEmpty, let article = try await BlogArticle.find(articleID, on: db) else { return false }
            // A scheduled article keeps its announced moment, so lists stay in the order readers expect.
            article.publishedAt = article.publishAt.map { min($0, now) } ?? now
            article.postID = try await Self.announce(article, publicURL: publicURL, on: db)
            try await article.save(on: db)
            return true
        }
    }

    /// Publishes every scheduled article whose moment has come; the scheduler calls this, and so does
    /// every blog page before it shows anything. An article that cannot be announced (its writer left
    /// the space) stays scheduled and is reported, the others go on. Returns how many were published.
    @discardableResult
    func publishDue(now: Date = Date(), logger: Logger? = nil) async throws -> Int {
        let due = try await BlogArticle.query(on: database)
            .filter(\.$state == .scheduled).filter(\.$publishAt <= now)
            .sort(\.$publishAt).limit(50).all()
        var published = 0
        for article in due {
            do {
                if try await publish(article.requireID(), now: now) { published += 1 }
            } catch {
                logger?.warning("scheduled article \(article.requireID()) not published: \(String(reflecting: error))")
            }
        }
        return published
    }

    /// The post: title, teaser, the article's address and its tags as hashtags, by the blog's account.
    private static func announce(_ article: BlogArticle, publicURL: String, on db: any Database) async throws -> Int64 {
        guard let address = try await address(of: article, on: db) else { throw UserFacingError.notFound(BlogsText.blogNotFound) }
        let link = publicURL + BlogURL.article(address, id: article.requireID()).path
        let hashtags = article.tagList.map { "#" + $0 }.joined(separator: " ")
        let text = [article.title, ArticleTeaser.make(fromHTML: article.html, length: 280), link, hashtags]
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        switch article.blogKind {
        case .person:
            return try await MemberPublishing(database: db, publicURL: publicURL)
                .publish(by: article.accountID, text: text, visibility: article.visibility)
        case .page:
            return try await AccountPublishing(database: db, publicURL: publicURL)
                .publish(as: article.accountID, text: text, visibility: article.visibility)
        case .space:
            return try await SpacePublishing(database: db, publicURL: publicURL)
                .publish(in: article.blogID, by: article.writerID, text: text)
        }
    }

    private static func address(of article: BlogArticle, on db: any Database) async throws -> BlogAddress? {
        switch article.blogKind {
        case .person, .page:
            return try await MemberLookup(database: db).member(id: article.blogID).map { BlogAddress(kind: article.blogKind, slug: $0.username) }
        case .space:
            return try await SpaceLookup(database: db).spaces(ids: [article.blogID], for: article.writerID)[article.blogID]
                .map { BlogAddress(kind: .space, slug: $0.slug) }
        }
    }
}
