import Plot
import TreffpunktCore

/// "Meine Abos": the topics and categories a person follows, in every forum they may read, with what is new.
enum SubscriptionsPage {
    struct CategoryItem {
        let category: ForumCategory
        let path: String
        let fresh: Int
    }

    struct Model {
        let topics: [TopicRow.Item]
        let categories: [CategoryItem]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(ForumsText.mySubscriptions)
        return Layout.page(title, context: context, content: .div(
            .class("forum"),
            .p(.a(.safeHref(SiteURL.forums.path), .text(context.t(ForumsText.title)))),
            .h1(.text(title)),
            .h2(.text(context.t(ForumsText.subscribedTopics))),
            model.topics.isEmpty ? .p(.class("muted empty"), .text(context.t(ForumsText.noSubscriptions)))
                                 : TopicRow.list(model.topics, context: context),
            .h2(.text(context.t(ForumsText.subscribedCategories))),
            model.categories.isEmpty
                ? .p(.class("muted empty"), .text(context.t(ForumsText.noSubscriptions)))
                : .ul(.class("post-list forum-categories"), .forEach(model.categories) { item in
                    .li(.class("card"),
                        .a(.safeHref(item.path), .text(item.category.name)),
                        .if(item.fresh > 0, TopicRow.badge(ForumsText.newPosts(item.fresh), "forum-unread", context)))
                })
        ))
    }
}
