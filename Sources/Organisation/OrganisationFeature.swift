import Fluent
import TreffpunktCore
import Vapor

/// The Organisation feature as the app wires it: units, people's places and reporting lines, projects,
/// the org chart, the directory and the CSV import.
package enum OrganisationFeature {
    package static var migrations: [any Migration] {
        [CreateOrgUnits(), CreateOrgPlacements(), CreateOrgProjects(), CreateOrgProjectMembers(), CreateMemberSkills()]
    }

    /// Lends the profile page (Social) the member's unit, manager and skills.
    package static func install(on app: Application) {
        app.profileDetails = OrganisationProfileDetails()
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await OrganisationDemoData.seed(on: app)
        try await SkillsDemoData.seed(on: app)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        OrgChartRoutes.boot(web.grouped(EmployeesOnly()))
        OrgAdminRoutes.boot(web)
    }
}
