import TreffpunktCore

/// Resolves unit paths ("Musterfirma GmbH / Standort Stuttgart / Vertrieb") against the existing tree,
/// planning the units that are missing: the first level is a company, the second a site, the third a
/// department, deeper ones teams; existing units keep their kind, and a new unit must fit below its parent.
struct UnitPaths {
    struct Problem: Error {
        let message: LocalizedText
    }

    private var children: [Int64?: [String: Int64]] = [:]
    private var kinds: [Int64: OrgUnitKind] = [:]
    private var names: [Int64: String] = [:]
    private var parents: [Int64: Int64] = [:]
    private(set) var planned: [OrgImportPlan.PlannedUnit] = []

    init(_ units: [OrgUnit]) {
        for unit in units {
            let id = unit.requireID()
            children[unit.parentID, default: [:]][unit.nameKey] = id
            kinds[id] = unit.kind
            names[id] = unit.name
            if let parent = unit.parentID { parents[id] = parent }
        }
    }

    /// The unit at the end of the path (`nil` for an empty path), planning any that are missing.
    mutating func resolve(_ path: [String]) -> Result<Int64?, Problem> {
        var parent: Int64?
        var missing: [(name: String, kind: OrgUnitKind, depth: Int)] = []
        for (depth, name) in path.enumerated() {
            guard !name.isEmpty else { return .failure(Problem(message: OrgImportText.emptyPathPart)) }
            guard name.count <= OrganisationService.nameMaximum else {
                return .failure(Problem(message: OrgImportText.pathPartTooLong(OrganisationService.nameMaximum)))
            }
            if missing.isEmpty, let existing = children[parent]?[OrgNames.key(name)] {
                parent = existing
                continue
            }
            let kind = OrgUnitKind.forDepth(depth)
            let parentKind = missing.last?.kind ?? parent.flatMap { kinds[$0] }
            if let parentKind, !parentKind.mayContain(kind) {
                let parentName = missing.last?.name ?? parent.flatMap { names[$0] } ?? ""
                return .failure(Problem(message: OrgImportText.pathConflict(unit: parentName, kind: parentKind, child: name, childKind: kind)))
            }
            missing.append((name, kind, depth))
        }
        // Only a path without problems plans units.
        for unit in missing {
            let id = -Int64(planned.count + 1)
            let siblings = children[parent]?.count ?? 0
            let prefix = parent.map { fullPath(of: $0) + " / " } ?? ""
            planned.append(.init(id: id, parentID: parent, name: unit.name, kind: unit.kind, sortOrder: siblings, path: prefix + unit.name))
            children[parent, default: [:]][OrgNames.key(unit.name)] = id
            kinds[id] = unit.kind
            names[id] = unit.name
            if let parent { parents[id] = parent }
            parent = id
        }
        return .success(parent)
    }

    private func fullPath(of unit: Int64) -> String {
        if let planned = planned.first(where: { $0.id == unit }) { return planned.path }
        var parts: [String] = []
        var current: Int64? = unit
        while let id = current, let name = names[id], parts.count < 64 {
            parts.insert(name, at: 0)
            current = parents[id]
        }
        return parts.joined(separator: " / ")
    }
}
