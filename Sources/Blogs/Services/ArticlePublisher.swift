import Accounts
import Fluent
import Foundation
import Social
import Spaces
import TreffpunktCore

/// Publishes articles: the Social post that announces it in the newsfeed is written, and in the post's
/// own transaction the article turns published with one `UPDATE … WHERE state <> 'published'`. When the
/// scheduler and a reader publish the same article at once, the second finds it published already and
/// its post is rolled back (the unique index on `post_id` stands behind that too).
struct ArticlePublisher {
    let database: any Database
    let publicURL: String

    /// Another publisher was first; the post of this attempt is rolled back.
    private struct AlreadyPublished: Error {}

    /// Publishes the stored article unless it already is; true when this call published it.
    @discardableResult
    func publish(_ articleID: Int64, now: Date = Date()) async throws -> Bool {
        guard let article = try await BlogArticle.find(articleID, on: database), article.state != .published else { return false }
        return try await publish(article, now: now, storing: false)
    }

    /// Publishes the article; `storing` writes its fields (a new or changed article) in the same transaction.
    @discardableResult
    func publish(_ article: BlogArticle, now: Date = Date(), storing: Bool) async throws -> Bool {
        let articleID = article.requireID()
        let publishedAt = article.publishAt.map { min($0, now) } ?? now
        let text = try await announcement(of: article)
        let isNew = storing && !article.$id.exists
        let claim: @Sendable (Int64, any Database) async throws -> Void = { postID, db in
            if storing { if isNew { try await article.create(on: db) } else { try await article.save(on: db) } }
            try await BlogArticle.query(on: db).filter(\.$id == articleID).filter(\.$state != .published)
                .set(\.$state, to: .published).set(\.$postID, to: postID).set(\.$publishedAt, to: publishedAt).update()
            guard try await BlogArticle.find(articleID, on: db)?.postID == postID else { throw AlreadyPublished() }
        }
        do {
            switch article.blogKind {
            case .person:
                _ = try await MemberPublishing(database: database, publicURL: publicURL)
                    .publish(by: article.accountID, text: text, visibility: article.visibility, alongside: claim)
            case .page:
                _ = try await AccountPublishing(database: database, publicURL: publicURL)
                    .publish(as: article.accountID, text: text, visibility: article.visibility, alongside: claim)
            case .space:
                _ = try await MemberPublishing(database: database, publicURL: publicURL)
                    .publish(by: article.writerID, text: text, inSpace: article.blogID, alongside: claim)
            }
        } catch is AlreadyPublished {
            return false
        }
        return true
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
                if try await publish(article, now: now, storing: false) { published += 1 }
            } catch {
                logger?.warning("scheduled article \(article.requireID()) not published: \(String(reflecting: error))")
            }
        }
        return published
    }

    /// The post: title, teaser, the article's address and its tags as hashtags.
    private func announcement(of article: BlogArticle) async throws -> String {
        guard let address = try await address(of: article) else { throw UserFacingError.notFound(BlogsText.blogNotFound) }
        let link = publicURL + BlogURL.article(address, id: article.requireID()).path
        let hashtags = article.tagList.map { "#" + $0 }.joined(separator: " ")
        return [article.title, ArticleTeaser.make(fromHTML: article.html, length: 280), link, hashtags]
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func address(of article: BlogArticle) async throws -> BlogAddress? {
        switch article.blogKind {
        case .person, .page:
            return try await MemberLookup(database: database).member(id: article.blogID).map { BlogAddress(kind: article.blogKind, slug: $0.username) }
        case .space:
            return try await SpaceLookup(database: database).spaces(ids: [article.blogID], for: article.writerID)[article.blogID]
                .map { BlogAddress(kind: .space, slug: $0.slug) }
        }
    }
}
