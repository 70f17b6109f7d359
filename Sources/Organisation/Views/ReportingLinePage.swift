import Accounts
import Plot
import TreffpunktCore

/// `/org/people/:username`: one person's managers up to the top and their direct reports.
enum ReportingLinePage {
    static func render(_ member: MemberSummary, chart: OrgChart, context: PageContext) -> HTML {
        let unitPath = chart.placements[member.id]?.unitID.map(chart.path) ?? []
        return Layout.page("\(member.displayName) · \(context.t(OrgChartText.reportingLine))", context: context, content: .div(
            .h1(.text(member.displayName)),
            OrgNavigation.render(current: .person(username: member.username), context: context),
            .article(
                .class("card org-reporting-line"),
                .if(!member.position.isEmpty, .p(.class("role"), .text(member.position))),
                unitPath.isEmpty
                    ? .p(.class("muted"), .text(context.t(OrgChartText.notPlaced)))
                    : .p(.text("\(context.t(OrgChartText.unit)): \(ReportingLineView.unitPath(unitPath))")),
                ReportingLineView.render(member.id, in: chart, headingLevel: 2, context: context),
                .p(
                    .a(.class("button"), .safeHref(SiteURL.profile(username: member.username).path), .text(context.t(OrgChartText.profile))),
                    .text(" "),
                    .if(!unitPath.isEmpty, .a(.class("button"),
                        .safeHref(OrgChartURL.chart(person: member.username).path + "#" + OrgChartURL.personAnchor(member.id)),
                        .text(context.t(OrgChartText.showInChart))))
                )
            )
        ))
    }
}
