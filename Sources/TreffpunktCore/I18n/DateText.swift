import Foundation

/// Dates as people read them in each language: "23. November 2026" or "23 November 2026".
package enum DateText {
    private static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current

    package static func day(_ date: Date, in language: AppLanguage) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale(language), timeZone: berlin))
    }

    package static func dayAndTime(_ date: Date, in language: AppLanguage) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .shortened, locale: locale(language), timeZone: berlin))
    }

    private static func locale(_ language: AppLanguage) -> Locale {
        Locale(identifier: language == .de ? "de_DE" : "en_GB")
    }
}
