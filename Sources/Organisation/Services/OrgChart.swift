import Accounts
import Foundation

/// The whole organisation in memory: units as a tree, who is placed where and who reports to whom.
/// Loaded with a few queries (`OrgChartService.load`) and then asked without touching the database, so
/// a chart of many hundred people costs the same handful of queries as one of ten.
struct OrgChart: Sendable {
    let units: [Int64: OrgUnitSummary]
    let placements: [Int64: OrgPlacementSummary]
    let members: [Int64: MemberSummary]
    /// Child unit ids in chart order; the key `nil` holds the top-level units.
    let children: [Int64?: [Int64]]
    /// People placed directly in a unit: its head first, then by name.
    let people: [Int64: [Int64]]
    /// People in the unit and all units below it.
    let headCounts: [Int64: Int]
    /// The unit's head: the one person placed in it whose manager is not in it (if there is exactly one).
    let heads: [Int64: Int64]
    private let reports: [Int64: [Int64]]

    /// `units` in chart order (sort order, then name); without placements it is the bare unit tree.
    init(units: [OrgUnitSummary], placements: [OrgPlacementSummary] = [], members: [Int64: MemberSummary] = [:]) {
        self.units = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
        self.members = members
        // Placements of accounts that are gone (or are no people) do not count.
        let placed = placements.filter { members[$0.userID] != nil }
        self.placements = Dictionary(uniqueKeysWithValues: placed.map { ($0.userID, $0) })
        let known = self.units
        var children: [Int64?: [Int64]] = [:]
        for unit in units {
            // A parent that does not exist makes the unit a top-level one rather than lose it.
            let parent = unit.parentID.flatMap { known[$0] == nil ? nil : $0 }
            children[parent, default: []].append(unit.id)
        }
        self.children = children
        let name = { (id: Int64) in members[id]?.displayName ?? "" }
        var heads: [Int64: Int64] = [:]
        var people: [Int64: [Int64]] = [:]
        let byUnit = Dictionary(grouping: placed.compactMap { placement in
            placement.unitID.flatMap { known[$0] == nil ? nil : ($0, placement) }
        }, by: \.0).mapValues { $0.map(\.1) }
        for (unitID, inUnit) in byUnit {
            let ids = Set(inUnit.map(\.userID))
            let tops = inUnit.filter { $0.managerID.map { !ids.contains($0) } ?? true }
            let head = tops.count == 1 ? tops[0].userID : nil
            heads[unitID] = head
            people[unitID] = inUnit.map(\.userID).sorted { left, right in
                if left == head || right == head { return left == head }
                return (name(left), left) < (name(right), right)
            }
        }
        self.heads = heads
        self.people = people
        self.reports = Dictionary(grouping: placed.compactMap { placement in placement.managerID.map { ($0, placement.userID) } }, by: \.0)
            .mapValues { $0.map(\.1).sorted { (name($0), $0) < (name($1), $1) } }
        var counts: [Int64: Int] = [:]
        func count(_ unitID: Int64, visiting: Set<Int64>) -> Int {
            if let known = counts[unitID] { return known }
            guard !visiting.contains(unitID) else { return 0 }
            let total = (people[unitID]?.count ?? 0)
                + (children[unitID] ?? []).reduce(0) { $0 + count($1, visiting: visiting.union([unitID])) }
            counts[unitID] = total
            return total
        }
        for unit in units { _ = count(unit.id, visiting: []) }
        self.headCounts = counts
    }

    var topUnits: [Int64] { children[nil] ?? [] }

    /// The unit and its ancestors, the top-level unit first.
    func path(to unitID: Int64) -> [OrgUnitSummary] {
        var path: [OrgUnitSummary] = []
        var next: Int64? = unitID
        while let id = next, let unit = units[id], !path.contains(where: { $0.id == id }) {
            path.insert(unit, at: 0)
            next = unit.parentID
        }
        return path
    }

    /// The unit and every unit below it.
    func subtree(of unitID: Int64) -> Set<Int64> {
        var found: Set<Int64> = []
        var queue = [unitID]
        while let id = queue.popLast() {
            guard units[id] != nil, found.insert(id).inserted else { continue }
            queue.append(contentsOf: children[id] ?? [])
        }
        return found
    }

    /// The people placed in the unit or below it.
    func people(inSubtreeOf unitID: Int64) -> Set<Int64> {
        Set(subtree(of: unitID).flatMap { people[$0] ?? [] })
    }

    /// The person's managers, the nearest first, up to the top (a loop in the data ends the chain).
    func managers(of userID: Int64) -> [Int64] {
        var chain: [Int64] = []
        var next = placements[userID]?.managerID
        while let id = next, id != userID, members[id] != nil, !chain.contains(id) {
            chain.append(id)
            next = placements[id]?.managerID
        }
        return chain
    }

    func directReports(of userID: Int64) -> [Int64] {
        reports[userID] ?? []
    }

    /// People placed in the chart whose name, username or position contains the text, by name.
    func search(_ text: String) -> [MemberSummary] {
        let needle = text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return [] }
        let bare = needle.hasPrefix("@") ? String(needle.dropFirst()) : needle
        func matches(_ value: String) -> Bool {
            value.range(of: bare, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        return placements.keys.compactMap { members[$0] }
            .filter { matches($0.displayName) || matches($0.username) || matches($0.position) }
            .sorted { ($0.displayName, $0.id) < ($1.displayName, $1.id) }
    }
}
