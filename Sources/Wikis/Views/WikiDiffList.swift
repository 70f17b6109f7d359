import Plot
import TreffpunktCore

/// Lines of a diff: added ones in `<ins>`, removed ones in `<del>`, each also labelled for screen readers.
enum WikiDiffList {
    static func render(_ lines: [LineDiff.Line], context: PageContext) -> Node<HTML.BodyContext> {
        guard lines.contains(where: { $0.change != .same }) else {
            return .p(.class("muted"), .text(context.t(WikisText.noDifferences)))
        }
        let added = lines.filter { $0.change == .added }.count, removed = lines.filter { $0.change == .removed }.count
        return .div(
            .p(.class("muted"), .text(context.t(WikisText.diffSummary(added: added, removed: removed)))),
            .ol(.class("wiki-diff"), .forEach(lines) { line in
                switch line.change {
                case .same:
                    .li(.class("diff-same"), .text(line.text.isEmpty ? " " : line.text))
                case .added:
                    .li(.class("diff-added"), .ins(.span(.class("visually-hidden"), .text(context.t(WikisText.added) + " ")), .text(line.text)))
                case .removed:
                    .li(.class("diff-removed"), .del(.span(.class("visually-hidden"), .text(context.t(WikisText.removed) + " ")), .text(line.text)))
                }
            })
        )
    }
}
