/// A `LIKE` pattern that finds the text anywhere, its own `%`, `_` and `\` taken literally; queries
/// use it with `ESCAPE '\'`. Lower-cased, to compare with `lower(column)` on both databases.
/// Every search by `LIKE` builds its pattern here, so one limit holds for all: SQLite refuses patterns
/// over 50,000 bytes with an error, and nobody searches for a text longer than a few words.
package enum LikePattern {
    package static let maximumLength = 500

    /// - Throws: 400 with a message when the text is longer than `maximumLength` characters.
    package static func containing(_ text: String) throws -> String {
        guard text.count <= maximumLength else {
            throw UserFacingError(.badRequest, CoreText.searchTextTooLong(maximumLength))
        }
        let escaped = text.lowercased().replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}
