import Accounts
import Plot
import TreffpunktCore

/// `/org`: the company as a tree of units that open without JavaScript (`<details>`), with a search
/// that shows the person found in place, their managers and their team beside the tree.
enum OrgChartPage {
    struct Model {
        var chart: OrgChart
        var query: String
        /// The person shown in place, if the search found one or one was chosen.
        var focus: Int64?
        /// More than one match: the people to choose from.
        var choices: [MemberSummary] = []
        var nobodyFound = false
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = context.t(OrgChartText.chartTitle)
        let chart = model.chart
        let openUnits = Set(model.focus.flatMap { chart.placements[$0]?.unitID }.map { chart.path(to: $0).map(\.id) } ?? [])
        return Layout.page(title, context: context, content: .div(
            .h1(.text(title)),
            OrgNavigation.render(current: .chart(), context: context),
            .form(
                .class("card org-search"), .method(.get), .safeAction(OrgChartURL.chart().path), .attribute(named: "role", value: "search"),
                FormField.input("q", label: context.t(OrgChartText.searchLabel), value: model.query, type: .search,
                                autocomplete: "off", required: false),
                .button(.type(.submit), .class("primary"), .text(context.t(OrgChartText.searchButton)))
            ),
            .if(model.nobodyFound, .p(.class("notice"), .attribute(named: "role", value: "status"),
                                      .text(context.t(OrgChartText.nobodyFound(model.query))))),
            .if(!model.choices.isEmpty, choices(model.choices, chart: chart, context: context)),
            .div(
                .class("org-layout"),
                chart.units.isEmpty
                    ? .p(.class("muted"), .text(context.t(OrgChartText.emptyChart)))
                    : .ul(.class("org-tree"), .forEach(chart.topUnits) {
                        unit($0, depth: 0, chart: chart, open: openUnits, focus: model.focus, context: context)
                    }),
                .unwrap(model.focus.flatMap { chart.members[$0] }) { focus(on: $0, chart: chart, context: context) }
            )
        ))
    }

    private static func choices(_ people: [MemberSummary], chart: OrgChart, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("card org-choices"),
            .h2(.text(context.t(OrgChartText.severalFound(people.count)))),
            .ul(.forEach(people) { member in
                .li(
                    .a(.safeHref(OrgChartURL.chart(person: member.username).path + "#" + OrgChartURL.personAnchor(member.id)),
                       .text(member.displayName)),
                    .span(.class("muted"), .text(([member.position] + [ReportingLineView.unitPath(
                        chart.placements[member.id]?.unitID.map(chart.path) ?? [])]).filter { !$0.isEmpty }.map { " · \($0)" }.joined()))
                )
            })
        )
    }

    private static func unit(_ id: Int64, depth: Int, chart: OrgChart, open: Set<Int64>, focus: Int64?,
                             context: PageContext) -> Node<HTML.ListContext> {
        guard let unit = chart.units[id] else { return .empty }
        let head = chart.heads[id].flatMap { chart.members[$0] }
        let people = (chart.people[id] ?? []).compactMap { chart.members[$0] }
        let children = chart.children[id] ?? []
        return .li(
            .safeID(OrgChartURL.unitAnchor(id)), .safeClass("org-unit org-unit-\(unit.kind.rawValue)"),
            .element(named: "details", nodes: [
                .safeAttribute(named: "open", value: depth == 0 || open.contains(id) ? "open" : nil),
                .element(named: "summary", nodes: [
                    .span(.class("org-unit-name"), .text(unit.name)),
                    .span(.class("org-unit-kind"), .text(context.t(unit.kind.label))),
                    .span(.class("org-unit-count"), .text(context.t(OrgChartText.headCount(chart.headCounts[id] ?? 0)))),
                    .unwrap(head) { .span(.class("org-unit-head"), .text("\(context.t(OrgChartText.head)): \($0.displayName)")) },
                ]),
                .if(!people.isEmpty, .ul(.class("org-people"), .forEach(people) { member in
                    person(member, isHead: member.id == head?.id, isFocus: member.id == focus, context: context)
                })),
                .if(!children.isEmpty, .ul(.class("org-children"), .forEach(children) {
                    self.unit($0, depth: depth + 1, chart: chart, open: open, focus: focus, context: context)
                })),
            ])
        )
    }

    private static func person(_ member: MemberSummary, isHead: Bool, isFocus: Bool, context: PageContext) -> Node<HTML.ListContext> {
        .li(
            .safeID(OrgChartURL.personAnchor(member.id)),
            .safeClass("org-person" + (isFocus ? " is-focus" : "") + (isHead ? " is-head" : "")),
            .safeAttribute(named: "aria-current", value: isFocus ? "true" : nil),
            MemberAvatar.render(member, small: true),
            .div(
                .a(.safeHref(OrgChartURL.person(username: member.username).path), .text(member.displayName)),
                .if(isHead, .span(.class("badge"), .text(context.t(OrgChartText.head)))),
                .if(!member.position.isEmpty, .p(.class("muted"), .text(member.position)))
            )
        )
    }

    /// The found person beside the tree: their reporting line and their team.
    private static func focus(on member: MemberSummary, chart: OrgChart, context: PageContext) -> Node<HTML.BodyContext> {
        .aside(
            .class("card org-focus"), .safeAriaLabel(member.displayName),
            .h2(.a(.safeHref(SiteURL.profile(username: member.username).path), .text(member.displayName))),
            .if(!member.position.isEmpty, .p(.text(member.position))),
            .unwrap(chart.placements[member.id]?.unitID) { .p(.class("muted"), .text(ReportingLineView.unitPath(chart.path(to: $0)))) },
            ReportingLineView.render(member.id, in: chart, headingLevel: 3, context: context)
        )
    }
}
