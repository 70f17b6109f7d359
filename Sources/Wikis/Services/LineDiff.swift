/// A line-based comparison of two texts, as the diff and conflict views show it.
enum LineDiff {
    enum Change: Sendable, Equatable {
        case same, added, removed
    }

    struct Line: Sendable, Equatable {
        let change: Change
        let text: String
    }

    /// Every line of both texts in reading order: unchanged ones once, removed ones before the added
    /// ones that took their place.
    static func lines(from old: String, to new: String) -> [Line] {
        let before = split(old), after = split(new)
        let difference = after.difference(from: before)
        var removed: Set<Int> = [], inserted: Set<Int> = []
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var result: [Line] = []
        var old = 0, new = 0
        while old < before.count || new < after.count {
            if old < before.count, removed.contains(old) {
                result.append(Line(change: .removed, text: before[old]))
                old += 1
            } else if new < after.count, inserted.contains(new) {
                result.append(Line(change: .added, text: after[new]))
                new += 1
            } else {
                result.append(Line(change: .same, text: after[new]))
                old += 1
                new += 1
            }
        }
        return result
    }

    private static func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
