/// The reporting line as a graph from each person to their manager, checked for circles before a
/// change is written: by the admin form for one person and by the CSV import for all rows together.
struct ReportingLine {
    /// Manager by person.
    var managers: [Int64: Int64]

    /// The circle that giving `person` the manager `manager` would close, as the chain of people from
    /// `person` back to `person`; `nil` when the line stays a tree.
    func cycle(ifGiving person: Int64, manager: Int64?) -> [Int64]? {
        var line = managers
        line[person] = manager
        return Self.cycle(from: person, in: line)
    }

    /// The circle reached by walking up from `start`, if the walk comes back to `start`.
    static func cycle(from start: Int64, in managers: [Int64: Int64]) -> [Int64]? {
        var chain = [start]
        var seen: Set<Int64> = [start]
        var current = start
        while let next = managers[current] {
            chain.append(next)
            if next == start { return chain }
            // A circle further up that does not pass through `start` belongs to someone else's row.
            guard seen.insert(next).inserted else { return nil }
            current = next
        }
        return nil
    }
}
