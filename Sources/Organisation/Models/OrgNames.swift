import Foundation

/// How names of units and projects are compared: trimmed, inner white space collapsed, case folded.
enum OrgNames {
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func key(_ name: String) -> String {
        clean(name).lowercased()
    }
}
