/// The unit tree in memory (a company has at most a few hundred units): parents, kinds and the
/// checks a change must pass before it is written.
struct UnitTree {
    private(set) var parents: [Int64: Int64] = [:]
    private(set) var kinds: [Int64: OrgUnitKind] = [:]

    init(_ units: [OrgUnit]) {
        for unit in units {
            let id = unit.requireID()
            kinds[id] = unit.kind
            if let parent = unit.parentID { parents[id] = parent }
        }
    }

    /// Whether `candidate` is `unit` itself or lies below it: moving `unit` under it would close a circle.
    func isWithin(_ candidate: Int64, subtreeOf unit: Int64) -> Bool {
        var seen = Set<Int64>()
        var current: Int64? = candidate
        while let id = current, seen.insert(id).inserted {
            if id == unit { return true }
            current = parents[id]
        }
        return false
    }

    func children(of unit: Int64) -> [Int64] {
        parents.filter { $0.value == unit }.map(\.key)
    }
}
