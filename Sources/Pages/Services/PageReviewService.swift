import Fluent
import Foundation
import SQLKit
import TreffpunktCore

/// Reviews of a company page: members outside its team rate it once (and may change or withdraw that),
/// its moderators and owners answer each review publicly once.
struct PageReviewService {
    let database: any Database

    static let textMaximum = 2_000
    static let pageSize = 20

    struct Input: Sendable {
        var stars: String
        var text: String
    }

    /// A member's first review of the page. A second one is refused with 409 and nothing written, also
    /// when two arrive at once (the unique index decides then). Returns the problems of the input instead.
    func create(on page: LoadedPage, by authorID: Int64, _ input: Input) async throws -> FormErrors {
        try requireReviewer(page)
        let (stars, text, errors) = Self.check(input)
        guard errors.isEmpty else { return errors }
        if try await review(on: page.id, by: authorID) != nil { throw Self.alreadyReviewed }
        do {
            try await PageReview(pageID: page.id, authorID: authorID, stars: stars, text: text).create(on: database)
        } catch let error where error.isUniqueViolation {
            throw Self.alreadyReviewed
        }
        return errors
    }

    func update(on page: LoadedPage, by authorID: Int64, _ input: Input) async throws -> FormErrors {
        try requireReviewer(page)
        guard let review = try await review(on: page.id, by: authorID) else { throw UserFacingError.notFound(PagesText.noReviewYet) }
        let (stars, text, errors) = Self.check(input)
        guard errors.isEmpty else { return errors }
        review.stars = stars
        review.text = text
        try await review.save(on: database)
        return errors
    }

    func delete(on page: LoadedPage, by authorID: Int64) async throws {
        guard let review = try await review(on: page.id, by: authorID) else { throw UserFacingError.notFound(PagesText.noReviewYet) }
        try await review.delete(on: database)
    }

    /// The page's one public answer to a review; writing again replaces it, an empty text removes it.
    func reply(to reviewID: Int64, on page: LoadedPage, by memberID: Int64, text raw: String) async throws -> FormErrors {
        try PagePermissions.require(page.permissions.mayReplyToReviews)
        guard let review = try await PageReview.find(reviewID, on: database), review.pageID == page.id else {
            throw UserFacingError.notFound(PagesText.reviewNotFound)
        }
        let text = PageService.multiLine(raw)
        var errors = FormErrors()
        PageService.check(text, maximum: Self.textMaximum, field: "reply", into: &errors)
        guard errors.isEmpty else { return errors }
        review.reply = text.isEmpty ? nil : text
        review.repliedAt = text.isEmpty ? nil : Date()
        review.repliedBy = text.isEmpty ? nil : memberID
        try await review.save(on: database)
        return errors
    }

    func review(on pageID: Int64, by authorID: Int64) async throws -> PageReview? {
        try await PageReview.query(on: database).filter(\.$pageID == pageID).filter(\.$authorID == authorID).first()
    }

    /// Newest first, a page at a time: `before` is the last review id shown.
    func reviews(on pageID: Int64, before: Int64? = nil) async throws -> [PageReview] {
        let query = PageReview.query(on: database).filter(\.$pageID == pageID)
        if let before { query.filter(\.$id < before) }
        return try await query.sort(\.$id, .descending).limit(Self.pageSize).all()
    }

    /// Count, sum and distribution of the stars in one aggregate query. (PostgreSQL sums a bigint column
    /// as numeric: the cast keeps the total an integer on both databases.)
    func summary(of pageID: Int64) async throws -> ReviewSummary {
        let row = try await database.sql.raw("""
            SELECT COUNT(*) AS n, CAST(COALESCE(SUM(stars), 0) AS BIGINT) AS total,
                   SUM(CASE WHEN stars = 1 THEN 1 ELSE 0 END) AS s1, SUM(CASE WHEN stars = 2 THEN 1 ELSE 0 END) AS s2,
                   SUM(CASE WHEN stars = 3 THEN 1 ELSE 0 END) AS s3, SUM(CASE WHEN stars = 4 THEN 1 ELSE 0 END) AS s4,
                   SUM(CASE WHEN stars = 5 THEN 1 ELSE 0 END) AS s5
            FROM page_reviews WHERE page_id = \(bind: pageID)
            """).first()
        guard let row else { return ReviewSummary() }
        var summary = ReviewSummary()
        summary.count = try row.decode(column: "n", as: Int.self)
        summary.totalStars = try row.decode(column: "total", as: Int.self)
        summary.distribution = try (1...5).map { try row.decode(column: "s\($0)", as: Int?.self) ?? 0 }
        return summary
    }

    private static let alreadyReviewed = UserFacingError(.conflict, PagesText.alreadyReviewed)

    private func requireReviewer(_ page: LoadedPage) throws {
        guard page.permissions.isLoggedIn else { throw UserFacingError(.unauthorized, PagesText.notAllowed) }
        guard page.permissions.mayReview else { throw UserFacingError(.forbidden, PagesText.teamCannotReview) }
    }

    private static func check(_ input: Input) -> (Int, String, FormErrors) {
        var errors = FormErrors()
        let stars = Int(input.stars.trimmingCharacters(in: .whitespaces)) ?? 0
        if !(1...5).contains(stars) { errors.add("stars", PagesText.starsInvalid) }
        let text = PageService.multiLine(input.text)
        PageService.check(text, maximum: textMaximum, required: true, field: "text", into: &errors)
        return (stars, text, errors)
    }
}
