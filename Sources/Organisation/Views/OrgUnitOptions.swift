import Plot
import TreffpunktCore

/// The unit tree flattened in chart order with each unit's depth, for indented lists and select fields.
struct OrgUnitOptions {
    struct Entry {
        let unit: OrgUnitSummary
        let depth: Int
    }

    let entries: [Entry]
    /// Each unit's children in chart order; `nil` holds the top-level units.
    let children: [Int64?: [OrgUnitSummary]]

    init(_ units: [OrgUnitSummary]) {
        let ids = Set(units.map(\.id))
        let children = Dictionary(grouping: units) { $0.parentID.flatMap { ids.contains($0) ? $0 : nil } }
        self.children = children
        var entries: [Entry] = []
        var seen = Set<Int64>()
        func visit(_ parent: Int64?, depth: Int) {
            for unit in children[parent] ?? [] where seen.insert(unit.id).inserted {
                entries.append(Entry(unit: unit, depth: depth))
                visit(unit.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        self.entries = entries
    }

    /// Options for a select: "– none –" first, then every unit indented by its depth, leaving out `excluding` and all below it.
    func selectOptions(none: String, excluding excluded: Int64? = nil) -> [(value: String, label: String)] {
        var options = [(value: "", label: none)]
        var skipBelowDepth: Int?
        for entry in entries {
            if let depth = skipBelowDepth {
                if entry.depth > depth { continue }
                skipBelowDepth = nil
            }
            if entry.unit.id == excluded {
                skipBelowDepth = entry.depth
                continue
            }
            options.append((String(entry.unit.id), String(repeating: "\u{2003}", count: entry.depth) + entry.unit.name))
        }
        return options
    }

    static func kindOptions(_ context: PageContext) -> [(value: String, label: String)] {
        OrgUnitKind.allCases.map { ($0.rawValue, context.t($0.label)) }
    }
}
