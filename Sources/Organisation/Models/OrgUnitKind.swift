/// The level of a unit in the company tree: a company has sites, a site departments, a department teams.
package enum OrgUnitKind: String, Codable, CaseIterable, Sendable {
    case company, site, department, team

    /// The kind a newly created unit gets at this depth of the tree (0 is the top): deeper than the third level is a team.
    package static func forDepth(_ depth: Int) -> OrgUnitKind {
        switch depth {
        case 0: .company
        case 1: .site
        case 2: .department
        default: .team
        }
    }
}
