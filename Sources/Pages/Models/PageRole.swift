import TreffpunktCore

/// What a member may do on a company page. The owner may do everything, including granting roles.
package enum PageRole: String, Sendable, Codable, CaseIterable {
    case owner
    case editor
    case moderator
    case analyst

    var label: LocalizedText {
        switch self {
        case .owner: LocalizedText(de: "Inhaber:in", en: "Owner")
        case .editor: LocalizedText(de: "Redaktion", en: "Editor")
        case .moderator: LocalizedText(de: "Moderation", en: "Moderator")
        case .analyst: LocalizedText(de: "Analyse", en: "Analyst")
        }
    }
}
