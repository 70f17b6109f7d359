import Accounts
import Plot
import TreffpunktCore

/// One unit: rename, change kind and order, move it elsewhere in the tree, delete it when empty;
/// lists the people placed in it.
enum OrgUnitEditPage {
    struct Model {
        var unit: OrgUnitSummary
        var units: [OrgUnitSummary]
        var people: [MemberSummary]
        /// What was typed into a refused form, by field name.
        var typed: [String: String] = [:]
        var problem: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let unit = model.unit
        let tree = OrgUnitOptions(model.units)
        return Layout.page(context.t(OrgAdminText.editUnit), context: context, content: .div(
            .p(.a(.safeHref(OrgAdminURL.overview.path), .text(context.t(OrgAdminText.back)))),
            .h1(.text("\(context.t(OrgAdminText.editUnit)): \(unit.name)")),
            .form(
                .class("card"), .method(.post), .safeAction(OrgAdminURL.unit(id: unit.id).path), .id("org-edit-unit"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .unwrap(model.problem) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
                FormField.input("name", label: context.t(OrgAdminText.name), value: model.typed["name"] ?? unit.name,
                                maxLength: OrganisationService.nameMaximum),
                FormField.select("kind", label: context.t(OrgAdminText.kind), options: OrgUnitOptions.kindOptions(context),
                                 selected: model.typed["kind"] ?? unit.kind.rawValue),
                FormField.select("parent_id", label: context.t(OrgAdminText.parent),
                                 options: tree.selectOptions(none: context.t(OrgAdminText.noParent), excluding: unit.id),
                                 selected: model.typed["parent_id"] ?? unit.parentID.map(String.init) ?? ""),
                FormField.input("sort_order", label: context.t(OrgAdminText.sortOrder),
                                value: model.typed["sort_order"] ?? String(unit.sortOrder), type: .number),
                .button(.type(.submit), .class("primary"), .text(context.t(OrgAdminText.save)))
            ),
            .section(
                .class("card"), .id("org-unit-people"),
                .h2(.text(context.t(OrgAdminText.peopleInUnit))),
                model.people.isEmpty
                    ? .p(.class("muted"), .text(context.t(OrgAdminText.nobodyInUnit)))
                    : .ul(.forEach(model.people) { person in
                        .li(.a(.safeHref(SiteURL.profile(username: person.username).path), .text(person.displayName)),
                            .span(.class("muted"), .text(person.position.isEmpty ? "" : " · \(person.position)")))
                    })
            ),
            .form(
                .class("danger-zone"), .method(.post), .safeAction(OrgAdminURL.unitDelete(id: unit.id).path),
                Layout.csrfField(context.csrfToken),
                .button(.type(.submit), .text(context.t(OrgAdminText.delete)))
            )
        ))
    }
}
