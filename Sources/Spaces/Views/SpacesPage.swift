import Plot
import TreffpunktCore

/// The list of spaces a member may know of, a search box, their invitations and the form for a new space.
enum SpacesPage {
    struct Model {
        var spaces: [SpaceStanding]
        var query: String
        var draft = SpaceDraft(name: "", description: "", access: SpaceAccess.open.rawValue)
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(SpacesText.title)
        let invited = model.spaces.filter { $0.isInvited && !$0.isMember }
        let mine = model.spaces.filter(\.isMember)
        let others = model.spaces.filter { !$0.isMember && !$0.isInvited }
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            .p(.class("muted"), .text(context.t(SpacesText.intro))),
            .form(
                .class("search-form"), .method(.get), .safeAction(SiteURL.spaces.path),
                .label(.for("space-query"), .text(context.t(SpacesText.searchLabel))),
                .input(.id("space-query"), .type(.search), .name("q"), .safeValue(model.query)),
                .button(.type(.submit), .text(context.t(SpacesText.searchButton)))
            ),
            section(SpacesText.invitations, invited, context: context, hideWhenEmpty: true),
            section(SpacesText.mySpaces, mine, context: context, hideWhenEmpty: false),
            section(SpacesText.otherSpaces, others, context: context, hideWhenEmpty: false),
            createForm(model, context: context)
        ))
    }

    private static func section(_ heading: LocalizedText, _ spaces: [SpaceStanding], context: PageContext,
                                hideWhenEmpty: Bool) -> Node<HTML.BodyContext> {
        if spaces.isEmpty && hideWhenEmpty { return .empty }
        return .section(
            .class("space-section"),
            .h2(.text(context.t(heading))),
            spaces.isEmpty
                ? .p(.class("muted empty"), .text(context.t(SpacesText.noSpaces)))
                : .ul(.class("space-list"), .forEach(spaces) { standing in
                    .li(
                        .class("card space-summary"),
                        .a(.safeHref(SpaceURL.space(slug: standing.space.slug).path), .text(standing.space.name)),
                        .span(.class("badge space-badge"), .text(context.t(standing.space.access.badge))),
                        .if(standing.space.projectID != nil, .span(.class("badge space-badge"), .text(context.t(SpacesText.projectSpace)))),
                        .p(.class("muted"), .text(context.t(SpacesText.memberCount(standing.memberCount)))),
                        .if(!standing.space.spaceDescription.isEmpty, .p(.text(standing.space.spaceDescription)))
                    )
                })
        )
    }

    private static func createForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("new-space"),
            .h2(.text(context.t(SpacesText.createTitle))),
            .form(
                .method(.post), .safeAction(SiteURL.spaces.path),
                Layout.csrfField(context.csrfToken),
                FormField.input("name", label: context.t(SpacesText.nameLabel), value: model.draft.name,
                                error: model.errors["name"].map { context.t($0) }, maxLength: SpaceDraft.maximumNameLength),
                FormField.textArea("description", label: context.t(SpacesText.descriptionLabel), value: model.draft.description,
                                   error: model.errors["description"].map { context.t($0) }, rows: 3,
                                   maxLength: SpaceDraft.maximumDescriptionLength),
                FormField.select("access", label: context.t(SpacesText.accessLabel),
                                 options: SpaceAccess.allCases.map { (value: $0.rawValue, label: context.t($0.label)) },
                                 selected: model.draft.access, error: model.errors["access"].map { context.t($0) }),
                .button(.type(.submit), .class("primary"), .text(context.t(SpacesText.createButton)))
            )
        )
    }
}
