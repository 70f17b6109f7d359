import Foundation
import TreffpunktCore

/// The opening of an article as plain text, for the newsfeed's announcement, lists and feeds.
enum ArticleTeaser {
    static let length = 240

    /// From the sanitised HTML, cut after whole words.
    static func make(fromHTML html: String, length: Int = length) -> String {
        let words = PlainText.fromHTML(html)
        guard words.count > length else { return words }
        let cut = words.prefix(length)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
