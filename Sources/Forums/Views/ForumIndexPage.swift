import Plot
import TreffpunktCore

/// A forum's front page: its categories, and for moderators the form for a new one.
enum ForumIndexPage {
    struct Model {
        let scope: ForumScope
        let categories: [CategoryOverview]
        var name = ""
        var description = ""
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let scope = model.scope
        let title = context.t(scope.title)
        return Layout.page(title, context: context, content: .div(
            .class("forum"),
            .h1(.text(title)),
            .p(.class("muted"), .text(context.t(ForumsText.intro)),
               .unwrap(scope.space) { space in .group(.text(" "), .a(.safeHref(space.path), .text(space.name))) }),
            .p(.a(.safeHref(ForumURL.subscriptions.path(in: ForumScope.basePath(spaceSlug: nil))), .text(context.t(ForumsText.mySubscriptions)))),
            .h2(.text(context.t(ForumsText.categories))),
            model.categories.isEmpty
                ? .p(.class("muted empty"), .text(context.t(ForumsText.noCategories)))
                : .ul(.class("post-list forum-categories"), .forEach(model.categories) { overview in
                    .li(.class("card"),
                        .h3(.a(.safeHref(scope.path(.category(slug: overview.category.slug))), .text(overview.category.name))),
                        .if(!overview.category.categoryDescription.isEmpty, .p(.text(overview.category.categoryDescription))),
                        .p(.class("muted"), .text(context.t(ForumsText.topicCount(overview.topicCount)))))
                }),
            .if(scope.canModerate, createForm(model, context: context))
        ))
    }

    private static func createForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card"),
            .h2(.text(context.t(ForumsText.createCategoryTitle))),
            .form(
                .method(.post), .safeAction(model.scope.path(.createCategory)),
                Layout.csrfField(context.csrfToken),
                FormField.input("name", label: context.t(ForumsText.nameLabel), value: model.name,
                                error: model.errors["name"].map { context.t($0) }, maxLength: CategoryService.nameLimit),
                FormField.textArea("description", label: context.t(ForumsText.descriptionLabel), value: model.description,
                                   error: model.errors["description"].map { context.t($0) }, rows: 2,
                                   maxLength: CategoryService.descriptionLimit),
                .button(.type(.submit), .class("primary"), .text(context.t(ForumsText.createCategoryButton)))
            )
        )
    }
}
