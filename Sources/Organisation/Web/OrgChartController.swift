import Accounts
import TreffpunktCore
import Vapor

/// The chart (`/org`) with its person search, and one person's reporting line (`/org/people/:username`).
struct OrgChartController {
    func boot(_ web: any RoutesBuilder) {
        web.get(OrgChartURL.chart().route, use: chart)
        web.get(OrgChartURL.person(username: "").route, use: person)
    }

    /// `?q=` searches people by name, username or position; one match is shown in place, several are
    /// listed to choose from. `?person=username` shows that person in place.
    @Sendable func chart(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let chart = try await OrgChartService(database: req.db).chart()
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var model = OrgChartPage.Model(chart: chart, query: query)
        if let username = req.query[String.self, at: "person"]?.lowercased(), !username.isEmpty {
            model.focus = chart.placements.keys.first { chart.members[$0]?.username.lowercased() == username }
            model.nobodyFound = model.focus == nil
            if model.query.isEmpty { model.query = username }
        } else if !query.isEmpty {
            let found = chart.search(query)
            if found.count == 1 {
                model.focus = found[0].id
            } else {
                model.choices = found
                model.nobodyFound = found.isEmpty
            }
        }
        return OrgChartPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func person(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        guard let username = req.parameters.get("username"),
              let member = try await MemberLookup(database: req.db).member(handle: username), !member.isPage else {
            throw UserFacingError.notFound(OrgChartText.memberNotFound)
        }
        let chart = try await OrgChartService(database: req.db).chart()
        return ReportingLinePage.render(member, chart: chart, context: try await req.pageContext()).response()
    }
}
