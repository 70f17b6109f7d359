import Plot
import TreffpunktCore

/// A category: pinned topics first, then the others newest activity first, and the form for a new topic.
enum CategoryPage {
    struct Model {
        let scope: ForumScope
        let category: ForumCategory
        let pinned: [TopicRow.Item]
        let topics: [TopicRow.Item]
        let nextBefore: Int64?
        let subscribed: Bool
        var draft = ForumDraft()
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let scope = model.scope
        let category = model.category
        let all = model.pinned + model.topics
        return Layout.page(category.name, context: context, content: .div(
            .class("forum"),
            .p(.a(.safeHref(scope.path(.index)), .text(context.t(scope.title)))),
            .h1(.text(category.name)),
            .if(!category.categoryDescription.isEmpty, .p(.class("muted"), .text(category.categoryDescription))),
            .div(.class("space-actions"),
                 ForumActionButton.subscription(scope.path(.categorySubscription(category: category.slug)),
                                                subscribed: model.subscribed, context: context)),
            all.isEmpty ? .p(.class("muted empty"), .text(context.t(ForumsText.noTopics))) : TopicRow.list(all, context: context),
            .unwrap(model.nextBefore) { before in
                .p(.a(.safeHref(scope.path(.category(slug: category.slug, before: before))), .text(context.t(ForumsText.olderTopics))))
            },
            .section(
                .class("card"), .id("new-topic"),
                .h2(.text(context.t(ForumsText.newTopicTitle))),
                .form(
                    .method(.post), .safeAction(scope.path(.createTopic(category: category.slug))),
                    Layout.csrfField(context.csrfToken),
                    FormField.input("title", label: context.t(ForumsText.titleLabel), value: model.draft.title,
                                    error: model.errors["title"].map { context.t($0) }, maxLength: ForumDraft.titleLimit),
                    FormField.textArea("body", label: context.t(ForumsText.bodyLabel), value: model.draft.body,
                                       error: model.errors["body"].map { context.t($0) }, rows: 8,
                                       maxLength: ForumDraft.bodyLimit, hint: context.t(ForumsText.markdownHint)),
                    .button(.type(.submit), .class("primary"), .text(context.t(ForumsText.createTopicButton)))
                )
            )
        ))
    }
}
