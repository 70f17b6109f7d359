import Accounts
import Fluent
import TreffpunktCore

/// Loads the org chart and what the directory and the profile need of it.
struct OrgChartService {
    let database: any Database

    /// Every unit, every placement and the placed people: three queries, whatever the company's size.
    func chart() async throws -> OrgChart {
        let units = try await OrganisationReader(database: database).units()
        let placements = try await OrgPlacement.query(on: database).all().map(OrgPlacementSummary.init)
        let ids = Set(placements.map(\.userID)).union(placements.compactMap(\.managerID))
        let members = try await MemberLookup(database: database).members(ids: ids).filter { !$0.value.isPage }
        return OrgChart(units: units, placements: placements, members: members)
    }
}
