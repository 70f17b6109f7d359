/// A `LIKE` pattern that finds the text anywhere, its own `%`, `_` and `\` taken literally; queries
/// use it with `ESCAPE '\'`. Lower-cased, to compare with `lower(column)` on both databases.
package enum LikePattern {
    package static func containing(_ text: String) -> String {
        let escaped = text.lowercased().replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}
