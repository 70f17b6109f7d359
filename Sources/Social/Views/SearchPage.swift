import Accounts
import Plot
import TreffpunktCore

enum SearchPage {
    struct Model {
        var query: String
        var results: SearchService.Results?
        var posts: [PresentedPost]
        /// What other features found (spaces, …), each under its heading.
        var sections: [(heading: LocalizedText, hits: [SearchHit])] = []
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(SocialText.search), context: context, content: .div(
            .h1(.text(context.t(SocialText.search))),
            .form(
                .class("card search-form"), .method(.get), .safeAction(SiteURL.search(query: nil).path),
                .attribute(named: "role", value: "search"),
                FormField.input("q", label: context.t(SocialText.searchLabel), value: model.query, type: .search, required: true),
                .button(.type(.submit), .class("primary"), .text(context.t(SocialText.search)))
            ),
            .unwrap(model.results) { results in
                found(results, model: model, context: context)
            }
        ))
    }

    /// Only the sections that found something, so no "nothing found" stands before the hits; one such
    /// line when nothing at all was found.
    private static func found(_ results: SearchService.Results, model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let sections = model.sections.filter { !$0.hits.isEmpty }
        guard !(results.people.isEmpty && results.hashtags.isEmpty && sections.isEmpty && model.posts.isEmpty) else {
            return .p(.id("search-nothing"), .class("muted"), .text(context.t(SocialText.nothingFound)))
        }
        let snippet = SearchSnippet(query: model.query)
        return .div(
            .if(!results.people.isEmpty, .section(
                .id("search-people"),
                .h2(.text(context.t(SocialText.people))),
                .ul(.class("people-list"), .forEach(results.people) { person in
                    .li(.class("person card"),
                        .div(.class("avatar small"), .ariaHidden(true), .text(Initials.of(person.displayName))),
                        .div(.a(.safeHref(SiteURL.profile(username: person.username).path), .text(person.displayName)),
                             .p(.class("muted"), .text("@\(person.username)"),
                                .if(person.isPage, .text(" · " + context.t(SocialText.companyPageLabel))))))
                })
            )),
            .if(!results.hashtags.isEmpty, .section(
                .id("search-hashtags"),
                .h2(.text(context.t(SocialText.hashtags))),
                .ul(.class("tag-list"), .forEach(results.hashtags) { tag in
                    .li(.a(.safeHref(SiteURL.tag(tag.name).path), .text("#\(tag.name)")),
                        .span(.class("muted"), .text(" " + context.t(SocialText.hashtagUses(tag.uses)))))
                })
            )),
            .forEach(sections) { section in
                .section(
                    .h2(.text(context.t(section.heading))),
                    .ul(.class("search-hits"), .forEach(section.hits) { hit in
                        .li(.a(.safeHref(hit.path), snippet.highlighted(hit.title)),
                            .if(!hit.summary.isEmpty, .p(.class("search-snippet muted"), snippet.highlighted(snippet.excerpt(of: hit.summary)))))
                    })
                )
            },
            .if(!model.posts.isEmpty, .section(
                .id("search-posts"),
                .h2(.text(context.t(SocialText.posts))),
                PostList.render(model.posts, context: context, emptyText: SocialText.nothingFound)
            ))
        )
    }
}
