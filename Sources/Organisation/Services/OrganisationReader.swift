import Fluent
import TreffpunktCore

/// Reads the organisation for pages and other features: units, placements, projects, always in batches.
/// A company has at most a few hundred units and projects, so these lists are read whole (bounded by
/// the company's size); people are read per unit, per manager or by id.
package struct OrganisationReader {
    let database: any Database

    package init(database: any Database) {
        self.database = database
    }

    /// Every unit, by sort order, then name (the caller builds the tree from `parentID`).
    package func units() async throws -> [OrgUnitSummary] {
        try await OrgUnit.query(on: database).sort(\.$sortOrder).sort(\.$nameKey).all().map(OrgUnitSummary.init)
    }

    package func unit(id: Int64) async throws -> OrgUnitSummary? {
        try await OrgUnit.find(id, on: database).map(OrgUnitSummary.init)
    }

    /// The direct children of a unit (`nil`: the top-level units), in chart order.
    package func children(of unitID: Int64?) async throws -> [OrgUnitSummary] {
        try await OrgUnit.query(on: database).filter(\.$parentID == unitID)
            .sort(\.$sortOrder).sort(\.$nameKey).all().map(OrgUnitSummary.init)
    }

    /// The unit and its ancestors, the top-level unit first.
    package func path(to unitID: Int64) async throws -> [OrgUnitSummary] {
        let byID = Dictionary(uniqueKeysWithValues: try await units().map { ($0.id, $0) })
        var path: [OrgUnitSummary] = []
        var next: Int64? = unitID
        while let id = next, let unit = byID[id], !path.contains(where: { $0.id == id }) {
            path.insert(unit, at: 0)
            next = unit.parentID
        }
        return path
    }

    /// Placements of these members, keyed by user id; members without one are absent.
    package func placements(userIDs: some Collection<Int64>) async throws -> [Int64: OrgPlacementSummary] {
        guard !userIDs.isEmpty else { return [:] }
        let rows = try await OrgPlacement.query(on: database).filter(\.$id ~~ Array(Set(userIDs))).all()
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id ?? 0, OrgPlacementSummary($0)) })
    }

    package func placement(userID: Int64) async throws -> OrgPlacementSummary? {
        try await OrgPlacement.find(userID, on: database).map(OrgPlacementSummary.init)
    }

    /// The members placed directly in these units.
    package func placements(inUnits unitIDs: some Collection<Int64>) async throws -> [OrgPlacementSummary] {
        guard !unitIDs.isEmpty else { return [] }
        return try await OrgPlacement.query(on: database).filter(\.$unitID ~~ Array(Set(unitIDs))).all().map(OrgPlacementSummary.init)
    }

    /// The direct reports of a manager.
    package func directReports(of managerID: Int64) async throws -> [OrgPlacementSummary] {
        try await OrgPlacement.query(on: database).filter(\.$managerID == managerID).all().map(OrgPlacementSummary.init)
    }

    /// Every project, by name.
    package func projects() async throws -> [OrgProjectSummary] {
        try await OrgProject.query(on: database).sort(\.$nameKey).all().map(OrgProjectSummary.init)
    }

    package func project(id: Int64) async throws -> OrgProjectSummary? {
        try await OrgProject.find(id, on: database).map(OrgProjectSummary.init)
    }

    /// A project's members, leads first.
    package func members(ofProject projectID: Int64) async throws -> [OrgProjectMemberSummary] {
        try await OrgProjectMember.query(on: database).filter(\.$projectID == projectID)
            .sort(\.$isLead, .descending).sort(\.$role).all().map(OrgProjectMemberSummary.init)
    }

    /// The projects a member takes part in, with their part.
    package func projectMemberships(userID: Int64) async throws -> [OrgProjectMemberSummary] {
        try await OrgProjectMember.query(on: database).filter(\.$userID == userID).all().map(OrgProjectMemberSummary.init)
    }
}

extension OrganisationReader {
    /// How many members each project has, in one query.
    package func memberCounts() async throws -> [Int64: Int] {
        let rows = try await database.sql.raw("SELECT project_id, COUNT(*) AS members FROM org_project_members GROUP BY project_id").all()
        var counts: [Int64: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "project_id", as: Int64.self)] = try row.decode(column: "members", as: Int.self)
        }
        return counts
    }
}
