import Accounts
import Plot
import TreffpunktCore

/// `/c`: the company pages by name, a search by name, and for administrators the form to create one.
enum PagesListPage {
    struct Model {
        var query: String
        var pages: [MemberSummary]
        var nextURL: String?
        var mayCreate: Bool
        var slug = ""
        var name = ""
        var owner = ""
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(PagesText.title)
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            .form(
                .class("card search-form"), .method(.get), .safeAction(SiteURL.companyPages.path), .attribute(named: "role", value: "search"),
                FormField.input("q", label: context.t(PagesText.searchLabel), value: model.query, type: .search, required: false),
                .button(.type(.submit), .text(context.t(PagesText.search)))
            ),
            model.pages.isEmpty
                ? .p(.class("muted empty"), .text(context.t(PagesText.noPages)))
                : .ul(.class("people-list page-list"), .forEach(model.pages) { page in
                    .li(
                        .class("person card"),
                        MemberAvatar.render(page, small: true),
                        .div(
                            .a(.safeHref(SiteURL.companyPage(slug: page.username).path), .text(page.displayName)),
                            .p(.class("muted"), .text(page.bio.isEmpty ? "@\(page.username)" : page.bio))
                        )
                    )
                }),
            .unwrap(model.nextURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(PagesText.morePages)))) },
            .if(model.mayCreate, createForm(model, context: context))
        ))
    }

    private static func createForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("card"), .id("create-page"), .method(.post), .safeAction(SiteURL.companyPages.path),
            .h2(.text(context.t(PagesText.createTitle))),
            Layout.csrfField(context.csrfToken),
            FormField.input("name", label: context.t(PagesText.nameLabel), value: model.name, error: model.errors["name"].map { context.t($0) },
                            maxLength: 60),
            FormField.input("slug", label: context.t(PagesText.slugLabel), value: model.slug, error: model.errors["slug"].map { context.t($0) },
                            maxLength: 30, hint: context.t(PagesText.slugHint)),
            FormField.input("owner", label: context.t(PagesText.ownerLabel), value: model.owner,
                            error: model.errors["owner"].map { context.t($0) }),
            .button(.type(.submit), .class("primary"), .text(context.t(PagesText.create)))
        )
    }
}
