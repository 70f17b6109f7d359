import Accounts
import Plot
import TreffpunktCore

/// The administration's overview: the unit tree with a form for new units, the form that places a
/// person, and the projects. A refused form is shown again with its message and what was typed.
enum OrgAdminPage {
    enum Form: Equatable {
        case unit, placement, project
    }

    struct Model {
        var units: [OrgUnitSummary]
        var projects: [(project: OrgProjectSummary, members: Int)]
        /// What was typed into the form that was refused, by field name.
        var typed: [String: String] = [:]
        var problem: (form: Form, message: LocalizedText)?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let tree = OrgUnitOptions(model.units)
        return Layout.page(context.t(OrgAdminText.title), context: context, content: .div(
            .h1(.text(context.t(OrgAdminText.title))),
            .p(.text(context.t(OrgAdminText.intro))),
            .p(.a(.safeHref(OrgAdminURL.importFile.path), .id("org-import-link"), .text(context.t(OrgAdminText.importLink)))),
            PasswordInvitationButton.render(returnTo: OrgAdminURL.overview.path, context: context),
            .section(
                .class("card"), .id("org-units"),
                .h2(.text(context.t(OrgAdminText.units))),
                tree.entries.isEmpty
                    ? .p(.class("muted"), .text(context.t(OrgAdminText.noUnits)))
                    : branch(nil, tree: tree, context: context),
                unitForm(model, tree: tree, context: context)
            ),
            placementForm(model, tree: tree, context: context),
            projectsSection(model, context: context)
        ))
    }

    /// The units below `parent` as nested lists; the checks on every change keep the tree free of circles.
    private static func branch(_ parent: Int64?, tree: OrgUnitOptions, context: PageContext) -> Node<HTML.BodyContext> {
        guard let units = tree.children[parent], !units.isEmpty else { return .empty }
        return .ul(.safeClass(parent == nil ? "org-tree" : "org-children"), .forEach(units) { unit in
            .li(
                .class("org-unit"),
                .a(.safeHref(OrgAdminURL.unit(id: unit.id).path), .text(unit.name)),
                .span(.class("org-unit-kind"), .text(" · \(context.t(unit.kind.label))")),
                branch(unit.id, tree: tree, context: context)
            )
        })
    }

    private static func problem(_ form: Form, _ model: Model, _ context: PageContext) -> Node<HTML.FormContext> {
        guard let problem = model.problem, problem.form == form else { return .empty }
        return .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(context.t(problem.message)))
    }

    private static func typed(_ model: Model, _ form: Form, _ field: String) -> String? {
        model.problem?.form == form ? model.typed[field] : nil
    }

    private static func unitForm(_ model: Model, tree: OrgUnitOptions, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .safeAction(OrgAdminURL.units.path), .id("org-new-unit"), .novalidate(),
            Layout.csrfField(context.csrfToken),
            .h3(.text(context.t(OrgAdminText.newUnit))),
            problem(.unit, model, context),
            FormField.input("name", label: context.t(OrgAdminText.name), value: typed(model, .unit, "name"),
                            maxLength: OrganisationService.nameMaximum),
            FormField.select("kind", label: context.t(OrgAdminText.kind), options: OrgUnitOptions.kindOptions(context),
                             selected: typed(model, .unit, "kind") ?? (tree.entries.isEmpty ? OrgUnitKind.company : .department).rawValue),
            FormField.select("parent_id", label: context.t(OrgAdminText.parent),
                             options: tree.selectOptions(none: context.t(OrgAdminText.noParent)), selected: typed(model, .unit, "parent_id")),
            .button(.type(.submit), .class("primary"), .text(context.t(OrgAdminText.create)))
        )
    }

    private static func placementForm(_ model: Model, tree: OrgUnitOptions, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("card"), .method(.post), .safeAction(OrgAdminURL.placement.path), .id("org-placement"), .novalidate(),
            Layout.csrfField(context.csrfToken),
            .h2(.text(context.t(OrgAdminText.placeTitle))),
            .p(.text(context.t(OrgAdminText.placeIntro))),
            problem(.placement, model, context),
            FormField.input("person", label: context.t(OrgAdminText.person), value: typed(model, .placement, "person"), autocomplete: "off"),
            FormField.select("unit_id", label: context.t(OrgAdminText.unit),
                             options: tree.selectOptions(none: context.t(OrgAdminText.noUnit)), selected: typed(model, .placement, "unit_id")),
            FormField.input("manager", label: context.t(OrgAdminText.manager), value: typed(model, .placement, "manager"),
                            autocomplete: "off", required: false),
            FormField.input("position", label: context.t(OrgAdminText.position), value: typed(model, .placement, "position"),
                            required: false, maxLength: 100),
            .button(.type(.submit), .class("primary"), .text(context.t(OrgAdminText.place)))
        )
    }

    private static func projectsSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("org-projects"),
            .h2(.text(context.t(OrgAdminText.projects))),
            model.projects.isEmpty
                ? .p(.class("muted"), .text(context.t(OrgAdminText.noProjects)))
                : .ul(.forEach(model.projects) { entry in
                    .li(
                        .a(.safeHref(OrgAdminURL.project(id: entry.project.id).path), .text(entry.project.name)),
                        .span(.class("muted"), .text(" · \(entry.members) \(context.t(OrgAdminText.memberCount))"))
                    )
                }),
            .form(
                .method(.post), .safeAction(OrgAdminURL.projects.path), .id("org-new-project"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .h3(.text(context.t(OrgAdminText.newProject))),
                problem(.project, model, context),
                FormField.input("name", label: context.t(OrgAdminText.name), value: typed(model, .project, "name"),
                                maxLength: OrganisationService.nameMaximum),
                FormField.textArea("description", label: context.t(OrgAdminText.description), value: typed(model, .project, "description"),
                                   rows: 3, maxLength: OrganisationService.descriptionMaximum),
                .button(.type(.submit), .class("primary"), .text(context.t(OrgAdminText.create)))
            )
        )
    }
}
