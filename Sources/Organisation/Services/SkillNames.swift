import Foundation

/// How skills are cleaned and compared: inner white space collapsed, and a key folded to lower case
/// without diacritics, so "Cád", "CAD" and "cad" are one skill.
enum SkillNames {
    static let maximumCount = 30
    static let maximumLength = 40

    static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func key(_ skill: String) -> String {
        clean(skill).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// The skills of a comma-separated list, cleaned, empty entries dropped, repeats (by key) kept once.
    static func parse(_ list: String) -> [String] {
        var seen = Set<String>()
        return list.split(separator: ",").map { clean(String($0)) }.filter { !$0.isEmpty && seen.insert(key($0)).inserted }
    }
}
