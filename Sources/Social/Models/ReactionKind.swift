import TreffpunktCore

/// The small fixed set of reactions. `like` is Mastodon's favourite.
enum ReactionKind: String, Codable, CaseIterable, Sendable {
    case like, love, celebrate, insightful, funny

    var emoji: String {
        switch self {
        case .like: "👍"
        case .love: "❤️"
        case .celebrate: "🎉"
        case .insightful: "💡"
        case .funny: "😄"
        }
    }

    var label: LocalizedText {
        switch self {
        case .like: LocalizedText(de: "Gefällt mir", en: "Like")
        case .love: LocalizedText(de: "Super", en: "Love")
        case .celebrate: LocalizedText(de: "Feiern", en: "Celebrate")
        case .insightful: LocalizedText(de: "Hilfreich", en: "Insightful")
        case .funny: LocalizedText(de: "Lustig", en: "Funny")
        }
    }
}
