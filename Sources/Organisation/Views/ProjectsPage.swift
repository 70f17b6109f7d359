import Plot
import TreffpunktCore

/// `/org/projects`: every project with its number of members.
enum ProjectsPage {
    static func render(_ projects: [ProjectChartService.Listed], context: PageContext) -> HTML {
        let title = context.t(OrgChartText.projectsTitle)
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            OrgNavigation.render(current: .projects, context: context),
            projects.isEmpty
                ? .p(.class("muted"), .text(context.t(OrgChartText.noProjects)))
                : .ul(.class("org-projects"), .forEach(projects) { listed in
                    .li(
                        .class("card"),
                        .h2(.a(.safeHref(OrgChartURL.project(id: listed.project.id).path), .text(listed.project.name))),
                        .p(.class("muted"), .text(context.t(OrgChartText.memberCount(listed.memberCount)))),
                        .if(!listed.project.description.isEmpty, .p(.text(listed.project.description)))
                    )
                })
        ))
    }
}
