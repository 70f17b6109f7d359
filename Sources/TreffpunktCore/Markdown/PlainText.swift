import Foundation

/// What a reader sees of rendered HTML, for places that show no markup: search snippets, teasers, feeds.
package enum PlainText {
    /// From sanitised HTML (`MarkdownRenderer`'s, where every `<` in text is escaped): tags dropped,
    /// character references read back, white space folded.
    package static func fromHTML(_ html: String) -> String {
        let text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return HTMLSanitizer.decodeEntities(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
