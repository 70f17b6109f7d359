import Accounts
import Fluent
import TreffpunktCore

/// The people directory with filters. The organisation narrows the people by unit (with its sub-units),
/// site and skills from its own tables; Accounts matches name and position and pages by name
/// (`MemberLookup.directory`), so neither reads the other's tables.
struct DirectoryService {
    let database: any Database

    struct Entry: Sendable {
        var member: MemberSummary
        /// The member's unit with its ancestors, the top first; empty when not placed.
        var unitPath: [OrgUnitSummary]
        var skills: [String]
    }

    struct Page: Sendable {
        var entries: [Entry]
        var nextCursor: String?
    }

    /// `units` is the unit tree without people (`OrgChart(units:)`): enough for sub-units and unit paths.
    func page(_ filter: DirectoryFilter, units: OrgChart) async throws -> Page {
        guard !filter.hasMalformedUnit,
              filter.unitID.map({ units.units[$0] != nil }) ?? true,
              filter.siteID.map({ units.units[$0]?.kind == .site }) ?? true else {
            throw UserFacingError(.badRequest, OrgChartText.unknownUnit)
        }
        let reader = OrganisationReader(database: database)
        var restricted: Set<Int64>?
        for unitID in [filter.unitID, filter.siteID].compactMap({ $0 }) {
            let inUnit = Set(try await reader.placements(inUnits: units.subtree(of: unitID)).map(\.userID))
            restricted = restricted.map { $0.intersection(inUnit) } ?? inUnit
        }
        if !filter.skills.isEmpty {
            let withSkills = try await SkillsService(database: database).members(withAll: filter.skills)
            restricted = restricted.map { $0.intersection(withSkills) } ?? withSkills
        }
        let page = try await MemberLookup(database: database).directory(
            MemberLookup.DirectoryFilter(name: filter.name, position: filter.position, restrictedTo: restricted), after: filter.after)
        let ids = page.members.map(\.id)
        let placements = try await reader.placements(userIDs: ids)
        let skills = try await SkillsService(database: database).skills(of: ids)
        let entries = page.members.map { member in
            Entry(member: member, unitPath: placements[member.id]?.unitID.map(units.path) ?? [], skills: skills[member.id] ?? [])
        }
        return Page(entries: entries, nextCursor: page.nextCursor)
    }
}
