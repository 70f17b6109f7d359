import TreffpunktCore

/// How one gets into a space.
enum SpaceAccess: String, Codable, Sendable, CaseIterable {
    /// Anyone may join.
    case open
    /// Anyone may ask; an admin of the space approves.
    case closed
    /// Invitation only, and invisible to everyone who is neither member nor invited.
    case secret

    var label: LocalizedText {
        switch self {
        case .open: LocalizedText(de: "Offen – jede und jeder kann beitreten", en: "Open – anyone can join")
        case .closed: LocalizedText(de: "Geschlossen – Beitritt auf Anfrage", en: "Closed – join on request")
        case .secret: LocalizedText(de: "Geheim – nur auf Einladung, für andere unsichtbar",
                                    en: "Secret – by invitation only, invisible to others")
        }
    }

    var badge: LocalizedText {
        switch self {
        case .open: LocalizedText(de: "Offen", en: "Open")
        case .closed: LocalizedText(de: "Geschlossen", en: "Closed")
        case .secret: LocalizedText(de: "Geheim", en: "Secret")
        }
    }
}
