import Fluent
import Media
import Social
import TreffpunktCore
import Vapor

/// A company page, publishing as the page, and its reviews.
struct CompanyPageController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.companyPage(slug: "").route, use: show)
        // Streamed: the composer's photos and videos go to disk as they arrive.
        web.on(.POST, PagesURL.posts(slug: "").route, body: .stream, use: publish)
        web.post(PagesURL.reviews(slug: "").route, use: createReview)
        web.post(PagesURL.myReview(slug: "").route, use: updateReview)
        web.post(PagesURL.myReviewDelete(slug: "").route, use: deleteReview)
        web.post(PagesURL.reviewReply(slug: "", id: 0).route, use: reply)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await req.renderCompanyPage(try await req.companyPage())
    }

    /// Photos and videos are uploaded as the page's own, like its pictures, so they stay when the
    /// editor who posted them leaves the team.
    @Sendable func publish(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let page = try await req.companyPage()
        // Only the page's writers' uploads are read: anyone else is answered before a byte of the body is.
        try PagePermissions.require(page.permissions.mayPublish)
        let form = try await FormSubmission.read(req)
        defer { form.removeFiles() }
        var attached: [MediaAttachment] = []
        do {
            attached = try await form.uploadMedia(by: page.id, on: req)
            _ = try await PagePostService(database: req.db, publicURL: req.config.publicURL)
                .publish(on: page, by: viewer.id, text: form["text"] ?? "", visibility: form["visibility"] ?? PostVisibility.public.rawValue,
                         mediaIDs: attached.map { $0.requireID() })
        } catch let error as UserFacingError where error.status == .unprocessableEntity || error.status == .payloadTooLarge {
            try await FormSubmission.discard(attached, on: req)
            let composer = CompanyPageView.ComposerForm(text: form["text"] ?? "", visibility: form["visibility"] ?? "", error: error.message)
            return try await req.renderCompanyPage(page, composer: composer, status: error.status)
        }
        req.flash(.success, PagesText.published)
        return req.redirect(to: .companyPage(slug: page.slug))
    }

    private struct ReviewFields: Content {
        var stars: String?
        var text: String?
    }

    @Sendable func createReview(req: Request) async throws -> Response {
        try await saveReview(req, isNew: true)
    }

    @Sendable func updateReview(req: Request) async throws -> Response {
        try await saveReview(req, isNew: false)
    }

    /// A refused review shows the page again with the form as typed; a second first review shows the
    /// reader's existing one to edit, with the message why.
    private func saveReview(_ req: Request, isNew: Bool) async throws -> Response {
        let viewer = try req.requireViewer()
        let page = try await req.companyPage()
        let fields = try req.content.decode(ReviewFields.self)
        let input = PageReviewService.Input(stars: fields.stars ?? "", text: fields.text ?? "")
        let service = PageReviewService(database: req.db)
        let errors: FormErrors
        do {
            errors = isNew ? try await service.create(on: page, by: viewer.id, input) : try await service.update(on: page, by: viewer.id, input)
        } catch let error as UserFacingError where error.status == .conflict {
            return try await req.renderCompanyPage(page, reviewForm: ReviewForm(message: error.message), status: .conflict)
        }
        guard errors.isEmpty else {
            let form = ReviewForm(stars: input.stars, text: input.text, errors: errors)
            return try await req.renderCompanyPage(page, reviewForm: form, status: .unprocessableEntity)
        }
        req.flash(.success, isNew ? PagesText.reviewSaved : PagesText.reviewUpdated)
        return req.redirect(to: SiteURL.companyPage(slug: page.slug).path + "#reviews", redirectType: .normal)
    }

    @Sendable func deleteReview(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let page = try await req.companyPage()
        try await PageReviewService(database: req.db).delete(on: page, by: viewer.id)
        req.flash(.success, PagesText.reviewDeleted)
        return req.redirect(to: SiteURL.companyPage(slug: page.slug).path + "#reviews", redirectType: .normal)
    }

    private struct ReplyForm: Content {
        var reply: String?
    }

    @Sendable func reply(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let page = try await req.companyPage()
        let reviewID = try req.pathID(PagesText.reviewNotFound)
        let text = try req.content.decode(ReplyForm.self).reply ?? ""
        let errors = try await PageReviewService(database: req.db).reply(to: reviewID, on: page, by: viewer.id, text: text)
        if let problem = errors["reply"] {
            let draft = ReplyDraft(reviewID: reviewID, text: text, error: problem)
            return try await req.renderCompanyPage(page, replyDraft: draft, status: .unprocessableEntity)
        }
        req.flash(.success, PagesText.replySaved)
        return req.redirect(to: SiteURL.companyPage(slug: page.slug).path + "#review-\(reviewID)", redirectType: .normal)
    }
}
