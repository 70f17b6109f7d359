import TreffpunktCore

/// The building blocks a page is made of.
enum PageBlockKind: String, Sendable, Codable, CaseIterable {
    case text
    case image
    case links
    case contact
    case team
    case latestPosts = "latest_posts"
    case jobs

    var label: LocalizedText {
        switch self {
        case .text: LocalizedText(de: "Text", en: "Text")
        case .image: LocalizedText(de: "Bild", en: "Image")
        case .links: LocalizedText(de: "Links", en: "Links")
        case .contact: LocalizedText(de: "Kontakt", en: "Contact")
        case .team: LocalizedText(de: "Team", en: "Team")
        case .latestPosts: LocalizedText(de: "Neueste Beiträge", en: "Latest posts")
        case .jobs: LocalizedText(de: "Offene Stellen", en: "Open positions")
        }
    }
}
