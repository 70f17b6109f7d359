import TreffpunktCore

/// Employees and guests, as administrators see and change them.
extension AccountsText {
    static func affiliation(_ affiliation: Affiliation) -> LocalizedText {
        switch affiliation {
        case .employee: LocalizedText(de: "Mitarbeitende:r", en: "Employee")
        case .guest: LocalizedText(de: "Gast", en: "Guest")
        }
    }

    static func makeAffiliation(_ affiliation: Affiliation) -> LocalizedText {
        switch affiliation {
        case .employee: LocalizedText(de: "Zu Mitarbeitenden machen", en: "Make employee")
        case .guest: LocalizedText(de: "Zum Gast machen", en: "Make guest")
        }
    }

    static func affiliationChanged(_ name: String, _ affiliation: Affiliation) -> LocalizedText {
        switch affiliation {
        case .employee: LocalizedText(de: "\(name) ist jetzt Mitarbeitende:r.", en: "\(name) is an employee now.")
        case .guest: LocalizedText(de: "\(name) ist jetzt Gast.", en: "\(name) is a guest now.")
        }
    }

    static let affiliationInvalid = LocalizedText(
        de: "Bitte „employee“ (Mitarbeitende) oder „guest“ (Gast) wählen.",
        en: "Please choose “employee” or “guest”."
    )
    static let personNotFound = LocalizedText(de: "Diese Person gibt es nicht.", en: "There is no such person.")
}
