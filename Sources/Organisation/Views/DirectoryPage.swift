import Accounts
import Plot
import TreffpunktCore

/// `/org/directory`: people by name, filtered by unit (with its sub-units), site, position and skills.
enum DirectoryPage {
    struct Model {
        var filter: DirectoryFilter
        /// Every unit in chart order (sort order, then name).
        var units: [OrgUnitSummary]
        var page: DirectoryService.Page
        var popularSkills: [(skill: String, count: Int)]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(OrgChartText.directoryTitle)
        let filter = model.filter
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            OrgNavigation.render(current: .directory(), context: context),
            .p(.class("muted"), .text(context.t(OrgChartText.directoryIntro))),
            filterForm(model, context: context),
            .if(!model.popularSkills.isEmpty, .p(
                .class("skill-chips"),
                .span(.class("muted"), .text(context.t(OrgChartText.popularSkills) + ": ")),
                .forEach(model.popularSkills) { skill, count in
                    .a(.class("chip"), .safeHref(OrgChartURL.directory(DirectoryFilter(skills: [skill])).path), .text("\(skill) (\(count))"))
                }
            )),
            model.page.entries.isEmpty
                ? .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t(OrgChartText.nobodyMatches)))
                : .ul(.class("people-list directory-results"), .forEach(model.page.entries) { entry(
                    $0, context: context) }),
            .unwrap(model.page.nextCursor) { cursor in
                .p(.a(.class("button"), .safeHref(OrgChartURL.directory(filter.after(cursor)).path), .text(context.t(OrgChartText.morePeople))))
            }
        ))
    }

    private static func filterForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let filter = model.filter
        let any = context.t(OrgChartText.anyUnit)
        let sites = model.units.filter { $0.kind == .site }
        return .form(
            .class("card directory-filters"), .method(.get), .safeAction(OrgChartURL.directory().path), .attribute(named: "role", value: "search"),
            FormField.input("q", label: context.t(OrgChartText.filterName), value: filter.name, type: .search,
                            autocomplete: "off", required: false),
            FormField.select("unit", label: context.t(OrgChartText.filterUnit),
                             options: OrgUnitOptions(model.units).selectOptions(none: any),
                             selected: filter.unitID.map(String.init) ?? ""),
            FormField.select("site", label: context.t(OrgChartText.filterSite),
                             options: [(value: "", label: any)] + sites.map { (value: String($0.id), label: $0.name) },
                             selected: filter.siteID.map(String.init) ?? ""),
            FormField.input("position", label: context.t(OrgChartText.filterPosition), value: filter.position,
                            autocomplete: "off", required: false),
            FormField.input("skills", label: context.t(OrgChartText.filterSkills), value: filter.skills.joined(separator: ", "),
                            autocomplete: "off", required: false, hint: context.t(OrgChartText.filterSkillsHint)),
            .button(.type(.submit), .class("primary"), .text(context.t(OrgChartText.applyFilters))),
            .if(filter.isFiltered, .a(.class("button"), .safeHref(OrgChartURL.directory().path), .text(context.t(OrgChartText.clearFilters))))
        )
    }

    private static func entry(_ entry: DirectoryService.Entry, context: PageContext) -> Node<HTML.ListContext> {
        let member = entry.member
        return .li(
            .class("person card"),
            MemberAvatar.render(member, small: true),
            .div(
                .a(.safeHref(SiteURL.profile(username: member.username).path), .text(member.displayName)),
                .p(.class("muted"), .text([member.position, ReportingLineView.unitPath(entry.unitPath)].filter { !$0.isEmpty }
                    .joined(separator: " · "))),
                .if(!entry.skills.isEmpty, .p(.class("skill-chips"), .forEach(entry.skills) { skill in
                    .a(.class("chip"), .safeHref(OrgChartURL.directory(DirectoryFilter(skills: [skill])).path), .text(skill))
                }))
            )
        )
    }
}
