import Accounts
import Fluent
import TreffpunktCore

/// What a member's profile shows of the organisation: their unit with its path, their manager and
/// their skills, each a link into the chart, the manager's profile or the directory.
struct OrganisationProfileDetails: ProfileDetailsSource {
    func details(of memberID: Int64, on database: any Database) async throws -> [ProfileDetail] {
        var details: [ProfileDetail] = []
        let reader = OrganisationReader(database: database)
        if let placement = try await reader.placement(userID: memberID) {
            let people = try await MemberLookup(database: database).members(ids: [memberID] + [placement.managerID].compactMap { $0 })
            if let unitID = placement.unitID, let member = people[memberID] {
                let path = try await reader.path(to: unitID)
                let chart = OrgChartURL.chart(person: member.username).path + "#" + OrgChartURL.personAnchor(memberID)
                if !path.isEmpty {
                    details.append(ProfileDetail(label: OrgChartText.unit,
                                                 parts: [ProfileDetail.Part(ReportingLineView.unitPath(path), path: chart)]))
                }
            }
            if let manager = placement.managerID.flatMap({ people[$0] }) {
                details.append(ProfileDetail(label: OrgChartText.manager, parts: [
                    ProfileDetail.Part(manager.displayName, path: SiteURL.profile(username: manager.username).path),
                ]))
            }
        }
        let skills = try await SkillsService(database: database).skills(of: memberID)
        if !skills.isEmpty {
            details.append(ProfileDetail(label: OrgChartText.skillsTitle, parts: skills.map {
                ProfileDetail.Part($0, path: OrgChartURL.directory(DirectoryFilter(skills: [$0])).path)
            }))
        }
        return details
    }
}
