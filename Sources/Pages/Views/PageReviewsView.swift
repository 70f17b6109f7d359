import Accounts
import Plot
import TreffpunktCore

/// The reviews of a page as it lists them, with their authors and whoever answered.
struct ReviewList {
    var reviews: [PageReview]
    var members: [Int64: MemberSummary]
    var olderURL: String?
    /// A refused reply, shown again in its review's form as typed.
    var replyDraft: ReplyDraft?
}

/// The page team's reply to a review as typed, with why it was refused.
struct ReplyDraft {
    var reviewID: Int64
    var text: String
    var error: LocalizedText
}

/// The review form: a new review, or the reader's own to change; keeps what was typed when refused.
struct ReviewForm {
    var own: PageReview?
    var stars = ""
    var text = ""
    var errors = FormErrors()
    /// A message for the whole form, such as "already rated".
    var message: LocalizedText?
}

/// The reviews section of a company page: the average, the reader's form, and the reviews with replies.
enum PageReviewsView {
    static func render(_ model: CompanyPageView.Model, context: PageContext) -> Node<HTML.BodyContext> {
        let page = model.page
        return .section(
            .class("card page-reviews"), .id("reviews"),
            .h2(.text(context.t(PagesText.reviews))),
            PageViewParts.average(model.summary, context: context),
            .if(page.permissions.mayReview, form(model, context: context)),
            .if(!page.permissions.isLoggedIn, .p(.a(
                .safeHref("\(SiteURL.login.path)?next=\(SiteURL.companyPage(slug: page.slug).path)"), .text(context.t(PagesText.logInToRate))
            ))),
            model.reviews.reviews.isEmpty ? .empty : .ul(
                .class("review-list"),
                .forEach(model.reviews.reviews) { review in
                    item(review, model: model, context: context)
                }
            ),
            .unwrap(model.reviews.olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(PagesText.olderReviews)))) }
        )
    }

    private static func item(_ review: PageReview, model: CompanyPageView.Model, context: PageContext) -> Node<HTML.ListContext> {
        let author = model.reviews.members[review.authorID]
        let slug = model.page.slug
        let draft = model.reviews.replyDraft.flatMap { $0.reviewID == review.requireID() ? $0 : nil }
        return .li(
            .class("review"), .safeID("review-\(review.requireID())"),
            .p(
                PageViewParts.stars(review.stars, context: context),
                .text(" "),
                .unwrap(author) { .a(.class("review-author"), .safeHref(SiteURL.profile(username: $0.username).path), .text($0.displayName)) },
                .unwrap(review.createdAt) { .span(.class("muted"), .text(" · " + DateText.day($0, in: context.language))) }
            ),
            PageViewParts.paragraphs(review.text),
            .unwrap(review.reply) { reply in
                .blockquote(
                    .class("review-reply"),
                    .p(.class("muted"), .text(context.t(PagesText.reply))),
                    PageViewParts.paragraphs(reply)
                )
            },
            .if(model.page.permissions.mayReplyToReviews, .form(
                .class("review-reply-form"), .method(.post), .safeAction(PagesURL.reviewReply(slug: slug, id: review.requireID()).path),
                Layout.csrfField(context.csrfToken),
                FormField.textArea("reply", label: context.t(PagesText.replyLabel), value: draft?.text ?? review.reply ?? "",
                                   error: draft.map { context.t($0.error) }, rows: 2, maxLength: PageReviewService.textMaximum,
                                   id: "reply-\(review.requireID())"),
                .button(.type(.submit), .text(context.t(PagesText.saveReply)))
            ))
        )
    }

    private static func form(_ model: CompanyPageView.Model, context: PageContext) -> Node<HTML.BodyContext> {
        let form = model.reviewForm
        let slug = model.page.slug
        let own = form.own
        let stars = form.stars.isEmpty ? own.map { String($0.stars) } ?? "" : form.stars
        let text = form.text.isEmpty && form.errors.isEmpty ? own?.text ?? "" : form.text
        return .div(
            .class("review-form-area"),
            .h3(.text(context.t(own == nil ? PagesText.rateTitle : PagesText.yourReview))),
            .unwrap(form.message) { .p(.class("flash flash-error"), .id("review-message"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
            .form(
                .class("review-form"), .id("review-form"), .method(.post),
                .safeAction(own == nil ? PagesURL.reviews(slug: slug).path : PagesURL.myReview(slug: slug).path),
                Layout.csrfField(context.csrfToken),
                .fieldset(
                    .safeClass(form.errors["stars"] == nil ? "field stars-field" : "field stars-field has-error"),
                    .element(named: "legend", text: context.t(PagesText.starsLegend)),
                    .forEach(1...5) { value in
                        .group(
                            .input(.type(.radio), .name("stars"), .safeID("stars-\(value)"), .safeValue(String(value)),
                                   .safeAttribute(named: "checked", value: stars == String(value) ? "checked" : nil)),
                            .label(.safeFor("stars-\(value)"), .text(context.t(PagesText.starsLabel(value))))
                        )
                    },
                    .unwrap(form.errors["stars"]) { .p(.class("field-error"), .text(context.t($0))) }
                ),
                FormField.textArea("text", label: context.t(PagesText.reviewText), value: text, error: form.errors["text"].map { context.t($0) },
                                   rows: 4, maxLength: PageReviewService.textMaximum),
                .button(.type(.submit), .class("primary"), .text(context.t(own == nil ? PagesText.submitReview : PagesText.saveReview)))
            ),
            .if(own != nil, PageViewParts.button(PagesURL.myReviewDelete(slug: slug).path, label: PagesText.deleteReview, style: "danger",
                                                 context: context))
        )
    }
}
