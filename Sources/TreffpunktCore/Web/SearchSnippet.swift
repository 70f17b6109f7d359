import Foundation
import Plot

/// A search hit's plain text as the search page shows it: cut around the first match, every searched
/// word marked with `<mark>`. The text itself goes through Plot's escaping like every other text node.
package struct SearchSnippet: Sendable {
    package static let length = 200
    /// The query's words, as the search splits them.
    let words: [String]

    package init(query: String) {
        words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// At most `length` characters of `text` from a little before its first match, "…" where cut.
    package func excerpt(of text: String, length: Int = length) -> String {
        guard text.count > length else { return text }
        let first = matches(in: text).first?.lowerBound ?? text.startIndex
        var start = text.index(first, offsetBy: -(length / 4), limitedBy: text.startIndex) ?? text.startIndex
        if text.distance(from: start, to: text.endIndex) < length { start = text.index(text.endIndex, offsetBy: -length) }
        // Whole words only: the cut moves to the next space before and the last space after.
        if start > text.startIndex, let space = text[start..<first].firstIndex(of: " ") { start = text.index(after: space) }
        var end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        if end < text.endIndex, let space = text[first..<end].lastIndex(of: " ") { end = space }
        return (start > text.startIndex ? "… " : "") + text[start..<end] + (end < text.endIndex ? " …" : "")
    }

    /// `text` with the searched words marked.
    package func highlighted<Context>(_ text: String) -> Node<Context> {
        var nodes: [Node<Context>] = []
        var position = text.startIndex
        for range in matches(in: text) {
            if position < range.lowerBound { nodes.append(.text(String(text[position..<range.lowerBound]))) }
            nodes.append(.element(named: "mark", nodes: [.text(String(text[range]))]))
            position = range.upperBound
        }
        if position < text.endIndex { nodes.append(.text(String(text[position...]))) }
        return .group(nodes)
    }

    /// Where the searched words occur, in order and without overlaps; case and accents are ignored, as
    /// the search ignores them.
    func matches(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for word in words {
            var from = text.startIndex
            while from < text.endIndex,
                  let found = text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
                ranges.append(found)
                from = found.upperBound
            }
        }
        var merged: [Range<String.Index>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
