import Accounts
import Fluent
import TreffpunktCore

/// Projects as charts: the list with member counts, and one project's members grouped by role.
struct ProjectChartService {
    let database: any Database

    struct Listed: Sendable {
        var project: OrgProjectSummary
        var memberCount: Int
    }

    struct Member: Sendable {
        var member: MemberSummary
        var role: String
        var isLead: Bool
        /// The member's unit with its ancestors, empty when not placed.
        var unitPath: [OrgUnitSummary]
    }

    struct Group: Sendable {
        /// `nil` for the leads' group, which comes first; an empty role for members without one.
        var role: String?
        var members: [Member]
    }

    /// Every project by name with how many members it has (one counting query for all).
    func projects() async throws -> [Listed] {
        let reader = OrganisationReader(database: database)
        let projects = try await reader.projects()
        let counts = try await reader.memberCounts()
        return projects.map { Listed(project: $0, memberCount: counts[$0.id] ?? 0) }
    }

    /// The project's members: the leads first, then one group per role (alphabetically), each by name.
    func groups(ofProject projectID: Int64) async throws -> [Group] {
        let reader = OrganisationReader(database: database)
        let parts = try await reader.members(ofProject: projectID)
        let ids = parts.map(\.userID)
        let members = try await MemberLookup(database: database).members(ids: ids)
        let placements = try await reader.placements(userIDs: ids)
        let units = OrgChart(units: try await reader.units())
        let all = parts.compactMap { part in
            members[part.userID].map { member in
                Member(member: member, role: part.role, isLead: part.isLead,
                       unitPath: placements[member.id]?.unitID.map(units.path) ?? [])
            }
        }.sorted { ($0.member.displayName, $0.member.id) < ($1.member.displayName, $1.member.id) }
        let leads = all.filter(\.isLead)
        let byRole = Dictionary(grouping: all.filter { !$0.isLead }, by: \.role)
        let roles = byRole.keys.sorted { left, right in
            // Members without a role come last.
            left.isEmpty != right.isEmpty ? !left.isEmpty : left.localizedCaseInsensitiveCompare(right) == .orderedAscending
        }
        return (leads.isEmpty ? [] : [Group(role: nil, members: leads)]) + roles.map { Group(role: $0, members: byRole[$0] ?? []) }
    }
}
