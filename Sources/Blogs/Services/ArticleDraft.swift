import Foundation
import TreffpunktCore

/// What a writer typed into the article form, before any rule has checked it.
struct ArticleDraft: Sendable {
    /// Save as draft, schedule for `publishAt`, or publish now.
    enum Intent: String, Sendable {
        case draft
        case schedule
        case publish
    }

    static let titleMaximum = 200
    static let bodyMaximum = 50_000
    static let tagsMaximum = 10
    static let tagLengthMaximum = 40

    var title = ""
    var body = ""
    var tags = ""
    var visibility = ""
    /// `datetime-local` as the browser sends it, in the company's time zone (Europe/Berlin).
    var publishAt = ""
    var intent = ""

    /// Tags as stored: lower case, letters, digits and underscores (a hyphen becomes one, as in a hashtag),
    /// each once, in the order written.
    static func normalisedTags(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "#" || $0.isNewline }).compactMap { raw in
            let tag = String(raw.lowercased().replacingOccurrences(of: "-", with: "_").filter { $0.isLetter || $0.isNumber || $0 == "_" })
            guard !tag.isEmpty, seen.insert(tag).inserted else { return nil }
            return tag
        }
    }

    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt

    /// The form's `datetime-local` value (`2026-11-23T18:30`) as a moment; nil when it is not one.
    static func moment(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = berlin
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    /// A moment as the form's `datetime-local` value shows it.
    static func formValue(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = berlin
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: date)
    }

    /// The draft as the form shows an existing article.
    init(_ article: BlogArticle) {
        title = article.title
        body = article.body
        tags = article.tagList.joined(separator: ", ")
        visibility = article.visibility.rawValue
        publishAt = article.publishAt.map(Self.formValue) ?? ""
        intent = article.state == .scheduled ? Intent.schedule.rawValue : Intent.draft.rawValue
    }

    init(title: String = "", body: String = "", tags: String = "", visibility: String = "", publishAt: String = "", intent: String = "") {
        self.title = title
        self.body = body
        self.tags = tags
        self.visibility = visibility
        self.publishAt = publishAt
        self.intent = intent
    }
}
