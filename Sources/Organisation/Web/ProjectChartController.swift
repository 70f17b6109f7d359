import TreffpunktCore
import Vapor

/// Project charts: `/org/projects` and `/org/projects/:id`.
struct ProjectChartController {
    func boot(_ web: any RoutesBuilder) {
        web.get(OrgChartURL.projects.route, use: projects)
        web.get(OrgChartURL.project(id: 0).route, use: project)
    }

    @Sendable func projects(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        let projects = try await ProjectChartService(database: req.db).projects()
        return ProjectsPage.render(projects, context: try await req.pageContext()).response()
    }

    @Sendable func project(req: Request) async throws -> Response {
        _ = try req.requireViewer()
        guard let id = req.parameters.get("id", as: Int64.self),
              let project = try await OrganisationReader(database: req.db).project(id: id) else {
            throw UserFacingError.notFound(OrgChartText.projectNotFound)
        }
        let groups = try await ProjectChartService(database: req.db).groups(ofProject: id)
        let spacePath = try await req.application.projectSpaces?.spacePath(forProject: id, on: req.db)
        let model = ProjectChartPage.Model(project: project, groups: groups, spacePath: spacePath)
        return ProjectChartPage.render(model, context: try await req.pageContext()).response()
    }
}
