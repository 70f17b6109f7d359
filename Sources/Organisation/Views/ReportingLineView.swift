import Accounts
import Plot
import TreffpunktCore

/// A person's place in the reporting line: their managers up to the top and their direct reports. Shown
/// beside the chart for a found person and on the person's reporting-line page.
enum ReportingLineView {
    static func render(_ userID: Int64, in chart: OrgChart, headingLevel: Int, context: PageContext) -> Node<HTML.BodyContext> {
        let managers = chart.managers(of: userID).reversed().compactMap { chart.members[$0] }
        let team = chart.directReports(of: userID).compactMap { chart.members[$0] }
        return .group(
            heading(OrgChartText.managersChain, level: headingLevel, context: context),
            managers.isEmpty
                ? .p(.class("muted"), .text(context.t(OrgChartText.topOfChain)))
                : .ol(.class("org-chain"), .forEach(managers) { .li(personLine($0, chart: chart, context: context)) }),
            heading(OrgChartText.team, level: headingLevel, context: context),
            team.isEmpty
                ? .p(.class("muted"), .text(context.t(OrgChartText.noTeam)))
                : .ul(.class("org-team"), .forEach(team) { .li(personLine($0, chart: chart, context: context)) })
        )
    }

    /// Name (to the person's reporting line) and position.
    static func personLine(_ member: MemberSummary, chart: OrgChart, context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .a(.safeHref(OrgChartURL.person(username: member.username).path), .text(member.displayName)),
            .if(!member.position.isEmpty, .span(.class("muted"), .text(" · \(member.position)")))
        )
    }

    /// "Company › Site › Department" of a unit path.
    static func unitPath(_ path: [OrgUnitSummary]) -> String {
        path.map(\.name).joined(separator: " › ")
    }

    private static func heading(_ text: LocalizedText, level: Int, context: PageContext) -> Node<HTML.BodyContext> {
        level == 2 ? .h2(.text(context.t(text))) : .h3(.text(context.t(text)))
    }
}
