import Fluent
import Foundation
import Social
import TreffpunktCore

/// Writing, changing and deleting articles, by those the blog lets write.
struct ArticleService {
    let database: any Database
    let publicURL: String

    /// A new article from the form; published or scheduled at once when the writer asked for it.
    func create(_ draft: ArticleDraft, in blog: Blog, now: Date = Date()) async throws -> Result<BlogArticle, FormErrors> {
        guard blog.mayWrite, let writerID = blog.readerID else { throw UserFacingError(.forbidden, BlogsText.mayNotWrite) }
        return try await save(BlogArticle(blog: blog, writerID: writerID), draft: draft, in: blog, now: now, isNew: true)
    }

    /// The writer's changes; a draft may become scheduled or published, a published article stays published.
    func update(_ article: BlogArticle, with draft: ArticleDraft, in blog: Blog, now: Date = Date()) async throws -> Result<BlogArticle, FormErrors> {
        guard blog.mayEdit(article) else { throw UserFacingError(.forbidden, BlogsText.mayNotEdit) }
        return try await save(article, draft: draft, in: blog, now: now, isNew: false)
    }

    /// Deletes the article and its announcement with the comments under it.
    func delete(_ article: BlogArticle, in blog: Blog) async throws {
        guard blog.mayEdit(article) else { throw UserFacingError(.forbidden, BlogsText.mayNotEdit) }
        // The announcement goes first (with its comments): should that fail, the article is still there.
        // Social deletes in a write transaction of its own, which cannot be nested in ours.
        if let postID = article.postID {
            try await MemberPublishing(database: database, publicURL: publicURL).withdraw(postID, of: article.accountID)
        }
        try await article.delete(on: database)
    }

    private func save(_ article: BlogArticle, draft: ArticleDraft, in blog: Blog, now: Date, isNew: Bool) async throws -> Result<BlogArticle, FormErrors> {
        var errors = FormErrors()
        let title = Self.printable(draft.title).trimmingCharacters(in: .whitespacesAndNewlines)
        let body = Self.printable(draft.body).trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors.add("title", BlogsText.titleRequired) }
        if title.count > ArticleDraft.titleMaximum { errors.add("title", BlogsText.titleTooLong) }
        if body.isEmpty { errors.add("body", BlogsText.bodyRequired) }
        if body.count > ArticleDraft.bodyMaximum { errors.add("body", BlogsText.bodyTooLong) }
        let tags = ArticleDraft.normalisedTags(draft.tags)
        if tags.count > ArticleDraft.tagsMaximum || tags.contains(where: { $0.count > ArticleDraft.tagLengthMaximum }) {
            errors.add("tags", BlogsText.tooManyTags)
        }
        let visibility = blog.kind == .space ? PostVisibility.space : PostVisibility(rawValue: draft.visibility)
        if let visibility, !blog.visibilities.contains(visibility) || visibility == .space && blog.kind != .space {
            errors.add("visibility", BlogsText.visibilityUnknown)
        } else if visibility == nil {
            errors.add("visibility", BlogsText.visibilityUnknown)
        } else if article.state == .published, visibility != article.visibility {
            errors.add("visibility", BlogsText.visibilityFixed)
        }
        var intent = ArticleDraft.Intent(rawValue: draft.intent)
        if article.state == .published { intent = nil } else if intent == nil { errors.add("intent", BlogsText.intentUnknown) }
        var publishAt: Date?
        if intent == .schedule {
            if let moment = ArticleDraft.moment(draft.publishAt) {
                if moment <= now { errors.add("publish_at", BlogsText.scheduleInPast) } else { publishAt = moment }
            } else {
                errors.add("publish_at", BlogsText.scheduleRequired)
            }
        }
        guard errors.isEmpty, let visibility else { return .failure(errors) }

        article.title = title
        article.body = body
        article.html = MarkdownRenderer().html(body)
        article.tags = tags.joined(separator: " ")
        article.visibility = visibility
        switch intent {
        case .draft: article.state = .draft; article.publishAt = nil
        case .schedule: article.state = .scheduled; article.publishAt = publishAt
        case .publish, nil: break
        }
        let articleID = article.requireID()
        if intent == .publish {
            // Stored in the announcement's transaction: published with its post, or not saved at all.
            try await ArticlePublisher(database: database, publicURL: publicURL).publish(article, now: now, storing: true)
        } else if isNew {
            try await article.create(on: database)
        } else {
            try await article.save(on: database)
        }
        return .success(try await BlogArticle.find(articleID, on: database) ?? article)
    }

    /// Without control characters other than tab and line breaks: feeds are XML, which cannot carry them.
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || [0x09, 0x0A, 0x0D].contains($0.value) }))
    }
}
