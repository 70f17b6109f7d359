import TreffpunktCore

/// How a person wants to hear of their notifications by e-mail.
enum NotificationMailChoice: String, Codable, CaseIterable, Sendable {
    case immediately
    case dailyDigest = "daily_digest"
    case never

    /// Without a choice of their own, people with a confirmed address get the daily digest; mail never
    /// goes to an unconfirmed address.
    static func standard(hasConfirmedAddress: Bool) -> NotificationMailChoice {
        hasConfirmedAddress ? .dailyDigest : .never
    }

    var label: LocalizedText {
        switch self {
        case .immediately: SocialText.mailImmediately
        case .dailyDigest: SocialText.mailDailyDigest
        case .never: SocialText.mailNever
        }
    }
}
