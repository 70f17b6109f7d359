import Foundation

/// How names of units and projects are compared: trimmed, inner white space collapsed, case folded.
enum OrgNames {
    /// Also drops control characters (NUL included, which PostgreSQL refuses), as a CSV cell may carry them.
    static func clean(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == "\t" }))
        return visible.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func key(_ name: String) -> String {
        clean(name).lowercased()
    }
}
