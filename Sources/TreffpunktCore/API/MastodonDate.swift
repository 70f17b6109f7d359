import Foundation

/// Timestamps as Mastodon writes them: ISO 8601 in UTC with milliseconds.
package enum MastodonDate {
    package static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }
}
