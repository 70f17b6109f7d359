import Accounts
import Media
import Plot
import Social
import TreffpunktCore

/// A company page at `/c/slug`: name and tagline, followers and stars, the follow button, the composer
/// for its editors, its building blocks, about section with contact, reviews, and the imprint.
enum CompanyPageView {
    struct Model {
        var page: LoadedPage
        var followers: Int
        var isFollowing: Bool
        var blocks: [PageBlock]
        var blockData: PageBlockView.Context
        var summary: ReviewSummary
        var reviews: ReviewList
        var reviewForm: ReviewForm
        var composer: ComposerForm
    }

    /// What the composer keeps when a post was refused.
    struct ComposerForm {
        var text = ""
        var visibility = PostVisibility.public.rawValue
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let page = model.page
        let permissions = page.permissions
        return Layout.page(page.account.displayName, context: context, content: .div(
            .class("company-page"),
            .article(
                .class("card page-header"),
                .unwrap(page.account.headerMediaID) { .img(.class("profile-banner"), .safeSrc(MediaLinks.path($0, .large)), .alt("")) },
                .header(
                    .class("profile-header"),
                    MemberAvatar.render(page.account),
                    .div(
                        .h1(.text(page.account.displayName)),
                        .p(.class("handle"), .text("@\(page.slug) · " + context.t(PagesText.companyPage))),
                        .if(!page.account.bio.isEmpty, .p(.class("page-tagline"), .text(page.account.bio))),
                        .p(.class("muted"), .id("page-followers"), .text(context.t(PagesText.followers(model.followers))))
                    )
                ),
                PageViewParts.average(model.summary, context: context),
                actions(model, context: context)
            ),
            .if(permissions.mayPublish, composer(model, context: context)),
            .forEach(model.blocks) { PageBlockView.render($0, data: model.blockData, context: context) },
            .section(
                .class("card page-about"), .id("about"),
                .h2(.text(context.t(PagesText.about))),
                .if(!page.profile.about.isEmpty, PageViewParts.paragraphs(page.profile.about)),
                .h3(.text(context.t(PagesText.contact))),
                PageBlockView.contact(page.profile, context: context)
            ),
            PageReviewsView.render(model, context: context),
            .if(!page.profile.imprint.isEmpty, .section(
                .class("card page-imprint"), .id("imprint"),
                .h2(.text(context.t(PagesText.imprint))),
                PageViewParts.paragraphs(page.profile.imprint)
            ))
        ))
    }

    private static func actions(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let page = model.page
        let permissions = page.permissions
        return .div(
            .class("relationship"),
            .if(permissions.isLoggedIn, PageViewParts.button(
                SiteURL.relationship(username: page.slug).path,
                label: model.isFollowing ? PagesText.unfollow : PagesText.follow, style: model.isFollowing ? "" : "primary",
                fields: [("action", model.isFollowing ? "unfollow" : "follow"), ("return_to", SiteURL.companyPage(slug: page.slug).path)],
                context: context
            )),
            .if(permissions.mayManage, .a(.class("button"), .safeHref(PagesURL.manage(slug: page.slug).path), .text(context.t(PagesText.manage)))),
            .if(permissions.mayViewStatistics, .a(.class("button"), .safeHref(PagesURL.statistics(slug: page.slug).path),
                                                  .text(context.t(PagesText.statistics)))),
            .unwrap(permissions.role) { .p(.class("badge"), .text("\(context.t(PagesText.yourRole)): \(context.t($0.label))")) }
        )
    }

    private static func composer(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("composer card"), .id("page-composer"), .method(.post), .enctype(.multipartData),
            .safeAction(MediaPicker.formAction(PagesURL.posts(slug: model.page.slug).path, context: context)),
            Layout.csrfField(context.csrfToken),
            FormField.textArea("text", label: context.t(PagesText.postAs(model.page.account.displayName)), value: model.composer.text,
                               error: model.composer.error.map { context.t($0) }, rows: 3, maxLength: 5_000),
            MediaPicker.render(context: context),
            .div(
                .class("composer-row"),
                FormField.select("visibility", label: context.t(PagesText.audience), options: PageViewParts.visibilityOptions(context),
                                 selected: model.composer.visibility),
                .button(.type(.submit), .class("primary"), .text(context.t(PagesText.publish)))
            )
        )
    }
}
