import Plot
import TreffpunktCore

/// The members directory.
enum PeoplePage {
    struct Person {
        var username: String
        var displayName: String
        var position: String
        var department: String
        var affiliation: Affiliation
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
                        ),
                        .if(context.viewer?.isAdmin == true, affiliationForm(person, context: context))
                    )
                }
            ),
            .unwrap(model.nextCursor) { cursor in
                .p(.a(.class("button"), .safeHref("\(SiteURL.people.path)?after=\(cursor)"), .text(context.t(AccountsText.morePeople))))
            }
        ))
    }

    /// For administrators: the person's affiliation and the button that turns it round.
    private static func affiliationForm(_ person: Person, context: PageContext) -> Node<HTML.BodyContext> {
        let other: Affiliation = person.affiliation == .employee ? .guest : .employee
        return .form(
            .class("affiliation"), .method(.post), .safeAction(PeopleAdminURL.affiliation(username: person.username).path),
            Layout.csrfField(context.csrfToken),
            .span(.class("badge"), .text(context.t(AccountsText.affiliation(person.affiliation)))),
            .input(.type(.hidden), .name("affiliation"), .safeValue(other.rawValue)),
            .button(.type(.submit), .text(context.t(AccountsText.makeAffiliation(other))))
        )
    }
}
