import TreffpunktCore

/// The roles' names on the page's team (the roles themselves are Core's `PageRole`, since the social
/// network's post rule reads them).
extension PageRole {
    var label: LocalizedText {
        switch self {
        case .owner: LocalizedText(de: "Inhaber:in", en: "Owner")
        case .editor: LocalizedText(de: "Redaktion", en: "Editor")
        case .moderator: LocalizedText(de: "Moderation", en: "Moderator")
        case .analyst: LocalizedText(de: "Analyse", en: "Analyst")
        }
    }
}
