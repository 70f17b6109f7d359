import Plot
import TreffpunktCore

/// The members directory.
enum PeoplePage {
    struct Person {
        var username: String
        var displayName: String
        var position: String
        var department: String
    }

    struct Model {
        var people: [Person]
        var nextCursor: String?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(AccountsText.peopleTitle)
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            .p(.a(.safeHref(SiteURL.directory.path), .text(context.t(AccountsText.filteredDirectory)))),
            .ul(
                .class("people-list"),
                .forEach(model.people) { person in
                    .li(
                        .class("person card"),
                        .div(.class("avatar small"), .ariaHidden(true), .text(Initials.of(person.displayName))),
                        .div(
                            .a(.safeHref(SiteURL.profile(username: person.username).path), .text(person.displayName)),
                            .p(.class("muted"), .text([person.position, person.department].filter { !$0.isEmpty }.joined(separator: " · ")))
                        )
                    )
                }
            ),
            .unwrap(model.nextCursor) { cursor in
                .p(.a(.class("button"), .safeHref("\(SiteURL.people.path)?after=\(cursor)"), .text(context.t(AccountsText.morePeople))))
            }
        ))
    }
}
