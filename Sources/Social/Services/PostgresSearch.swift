import SQLKit

/// The one accent folding of PostgreSQL's full-text search, for the stored vector and for queries
/// alike: lower case, then the accented Latin letters as their base letter. Letters without an accent
/// to take off (ß, ø, ł) stay, as in FTS5's `remove_diacritics`.
package enum PostgresSearch {
    private static let accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöōőŕřśšşťùúûüūůűųýÿźżž"
    private static let plain = "aaaaaaaaacccdeeeeeeeeiiiiiinnnooooooorrssstuuuuuuuuyyzzz"

    /// The folded column, for the stored vector's definition.
    package static func folded(column: String) -> String {
        "translate(lower(\(column)), '\(accented)', '\(plain)')"
    }

    /// The folded value, for a query; the letter lists are constants of this file, not input. The cast
    /// names the parameter's type, which `lower` (also defined for ranges) cannot guess.
    package static func folded(_ value: SQLQueryString) -> SQLQueryString {
        "translate(lower(CAST(\(value) AS TEXT)), '\(unsafeRaw: accented)', '\(unsafeRaw: plain)')"
    }
}
