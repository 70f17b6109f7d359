import Plot
import TreffpunktCore

/// `/org/projects/:id`: the project's members grouped by role, the leads first, each with their unit.
enum ProjectChartPage {
    struct Model {
        var project: OrgProjectSummary
        var groups: [ProjectChartService.Group]
        var spacePath: String?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(model.project.name, context: context, content: .div(
            .h1(.text(model.project.name)),
            OrgNavigation.render(current: .project(id: model.project.id), context: context),
            .if(!model.project.description.isEmpty, .p(.text(model.project.description))),
            .unwrap(model.spacePath) { .p(.a(.class("button"), .safeHref($0), .text(context.t(OrgChartText.projectSpace)))) },
            model.groups.isEmpty
                ? .p(.class("muted"), .text(context.t(OrgChartText.noProjectMembers)))
                : .div(.class("org-project-groups"), .forEach(model.groups) { group in
                    .section(
                        .safeClass("card org-project-group" + (group.role == nil ? " is-lead" : "")),
                        .h2(.text(group.role.map { $0.isEmpty ? context.t(OrgChartText.noRole) : $0 } ?? context.t(OrgChartText.projectLead))),
                        .ul(.class("org-people"), .forEach(group.members) { part in
                            .li(
                                .class("org-person"),
                                .div(
                                    .a(.safeHref(OrgChartURL.person(username: part.member.username).path), .text(part.member.displayName)),
                                    .if(group.role == nil && !part.role.isEmpty, .span(.class("muted"), .text(" · \(part.role)"))),
                                    .p(.class("muted"), .text([part.member.position, ReportingLineView.unitPath(part.unitPath)]
                                        .filter { !$0.isEmpty }.joined(separator: " · ")))
                                )
                            )
                        })
                    )
                })
        ))
    }
}
