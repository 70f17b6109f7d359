import Foundation

/// The opening of an article as plain text, for the newsfeed's announcement, lists and feeds.
enum ArticleTeaser {
    static let length = 240

    /// From the sanitised HTML: tags dropped, the entities the renderer writes read back, spaces folded.
    static func make(fromHTML html: String, length: Int = length) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard words.count > length else { return words }
        let cut = words.prefix(length)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
