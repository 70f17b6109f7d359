import TreffpunktCore
import Vapor

/// `/org/directory`: the people directory with filters.
///
/// Why here and not in Accounts' `/people`: the filters (unit with its sub-units, site, skills) are this
/// feature's data, while name and position are the account's. So this feature serves the filtered
/// directory and asks Accounts for the name/position part through its service API
/// (`MemberLookup.directory`); `/people` stays Accounts' plain alphabetical list and links here.
struct DirectoryController {
    func boot(_ web: any RoutesBuilder) {
        web.get(OrgChartURL.directory().route, use: directory)
    }

    @Sendable func directory(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let filter = DirectoryFilter(query: req.url.query)
        let units = try await OrganisationReader(database: req.db).units()
        let page = try await DirectoryService(database: req.db).page(filter, units: OrgChart(units: units))
        let popular = try await SkillsService(database: req.db).popular(limit: 12)
        let model = DirectoryPage.Model(filter: filter, units: units, page: page, popularSkills: popular)
        return DirectoryPage.render(model, context: try await req.pageContext()).response()
    }
}
