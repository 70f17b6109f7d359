import Plot
import TreffpunktCore

/// The tabs between the chart, the project charts and the directory, and for administrators the administration.
enum OrgNavigation {
    static func render(current: OrgChartURL, context: PageContext) -> Node<HTML.BodyContext> {
        let tabs: [(OrgChartURL, LocalizedText)] = [
            (.chart(), OrgChartText.chartTitle), (.projects, OrgChartText.projects), (.directory(), OrgChartText.directory),
        ]
        return .nav(
            .class("tabs"), .safeAriaLabel(context.t(OrgChartText.chartTitle)),
            .ul(
                .forEach(tabs) { url, text in
                    .li(.a(.safeHref(url.path), .safeAttribute(named: "aria-current", value: url == current ? "page" : nil), .text(context.t(text))))
                },
                // Administrators find the administration and the CSV import from the chart.
                .if(context.viewer?.isAdmin == true, .li(.a(.safeHref(OrgAdminURL.overview.path), .text(context.t(OrgAdminText.title)))))
            )
        )
    }
}
