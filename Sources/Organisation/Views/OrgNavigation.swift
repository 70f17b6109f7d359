import Plot
import TreffpunktCore

/// The tabs between the chart, the project charts and the directory.
enum OrgNavigation {
    static func render(current: OrgChartURL, context: PageContext) -> Node<HTML.BodyContext> {
        let tabs: [(OrgChartURL, LocalizedText)] = [
            (.chart(), OrgChartText.chartTitle), (.projects, OrgChartText.projects), (.directory(), OrgChartText.directory),
        ]
        return .nav(
            .class("tabs"), .ariaLabel(context.t(OrgChartText.chartTitle)),
            .ul(.forEach(tabs) { url, text in
                .li(.a(.href(url.path), .attribute(named: "aria-current", value: url == current ? "page" : nil), .text(context.t(text))))
            })
        )
    }
}
