import Foundation

/// Page titles and the folded form that makes them unique per wiki and resolves `[[links]]`:
/// "Reisekosten" and " reisekosten " are the same page.
enum WikiTitle {
    static let maximumLength = 120
    /// They would break the link syntax `[[Target|label]]`.
    static let forbiddenCharacters: Set<Character> = ["[", "]", "|"]

    /// Trimmed, with runs of white space as one space.
    static func clean(_ title: String) -> String {
        title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func key(_ title: String) -> String {
        clean(title).folding(options: .caseInsensitive, locale: nil)
    }
}
