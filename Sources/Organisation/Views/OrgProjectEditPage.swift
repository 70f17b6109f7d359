import Accounts
import Plot
import TreffpunktCore

/// One project: its name and description, its members with their project roles, and a link to its space.
enum OrgProjectEditPage {
    enum Form: Equatable {
        case project, member
    }

    struct Member {
        let person: MemberSummary
        let role: String
        let isLead: Bool
    }

    struct Model {
        var project: OrgProjectSummary
        var members: [Member]
        var spacePath: String?
        var typed: [String: String] = [:]
        var problem: (form: Form, message: LocalizedText)?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let project = model.project
        func typed(_ form: Form, _ field: String) -> String? { model.problem?.form == form ? model.typed[field] : nil }
        func problem(_ form: Form) -> Node<HTML.FormContext> {
            guard let problem = model.problem, problem.form == form else { return .empty }
            return .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(context.t(problem.message)))
        }
        return Layout.page(context.t(OrgAdminText.editProject), context: context, content: .div(
            .p(.a(.safeHref(OrgAdminURL.overview.path), .text(context.t(OrgAdminText.back)))),
            .h1(.text("\(context.t(OrgAdminText.editProject)): \(project.name)")),
            .unwrap(model.spacePath) { .p(.a(.safeHref($0), .id("project-space-link"), .text(context.t(OrgAdminText.projectSpace)))) },
            .form(
                .class("card"), .method(.post), .safeAction(OrgAdminURL.project(id: project.id).path), .id("org-edit-project"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                problem(.project),
                FormField.input("name", label: context.t(OrgAdminText.name), value: typed(.project, "name") ?? project.name,
                                maxLength: OrganisationService.nameMaximum),
                FormField.textArea("description", label: context.t(OrgAdminText.description),
                                   value: typed(.project, "description") ?? project.description, rows: 3,
                                   maxLength: OrganisationService.descriptionMaximum),
                .button(.type(.submit), .class("primary"), .text(context.t(OrgAdminText.save)))
            ),
            .section(
                .class("card"), .id("org-project-members"),
                .h2(.text(context.t(OrgAdminText.members))),
                model.members.isEmpty
                    ? .p(.class("muted"), .text(context.t(OrgAdminText.noMembers)))
                    : .table(
                        .class("data-table"),
                        .thead(.tr(.th(.text(context.t(OrgAdminText.person))), .th(.text(context.t(OrgAdminText.projectRole))),
                                   .th(.text(context.t(OrgAdminText.lead))), .th(.text("")))),
                        .tbody(.forEach(model.members) { member in
                            .tr(
                                .td(.a(.safeHref(SiteURL.profile(username: member.person.username).path), .text(member.person.displayName))),
                                .td(.text(member.role)),
                                .td(.text(member.isLead ? "✓" : "")),
                                .td(.form(
                                    .class("inline-form"), .method(.post),
                                    .safeAction(OrgAdminURL.projectMemberRemove(id: project.id, userID: member.person.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    .button(.type(.submit), .class("link-button"), .text(context.t(OrgAdminText.remove)))
                                ))
                            )
                        })
                    ),
                .form(
                    .method(.post), .safeAction(OrgAdminURL.projectMembers(id: project.id).path), .id("org-project-member"), .novalidate(),
                    Layout.csrfField(context.csrfToken),
                    .h3(.text(context.t(OrgAdminText.addMember))),
                    problem(.member),
                    FormField.input("person", label: context.t(OrgAdminText.person), value: typed(.member, "person"), autocomplete: "off",
                                    hint: context.t(OrgAdminText.placeIntro)),
                    FormField.input("role", label: context.t(OrgAdminText.projectRole), value: typed(.member, "role"), required: false,
                                    maxLength: OrganisationService.roleMaximum, hint: context.t(OrgAdminText.projectRoleHint)),
                    .div(
                        .class("field"),
                        .label(
                            .input(.type(.checkbox), .name("is_lead"), .value("1"), .id("field-is_lead"),
                                   .safeAttribute(named: "checked", value: typed(.member, "is_lead") == "1" ? "checked" : nil)),
                            .text(" " + context.t(OrgAdminText.isLead))
                        )
                    ),
                    .button(.type(.submit), .class("primary"), .text(context.t(OrgAdminText.save)))
                )
            )
        ))
    }
}
