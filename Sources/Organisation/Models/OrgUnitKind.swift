import TreffpunktCore

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

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Units nest downwards only: a site holds departments or teams, never a company; teams may hold teams.
    package func mayContain(_ child: OrgUnitKind) -> Bool {
        child.rank > rank || (self == .team && child == .team)
    }

    package var label: LocalizedText {
        switch self {
        case .company: LocalizedText(de: "Unternehmen", en: "Company")
        case .site: LocalizedText(de: "Standort", en: "Site")
        case .department: LocalizedText(de: "Abteilung", en: "Department")
        case .team: LocalizedText(de: "Team", en: "Team")
        }
    }
}
