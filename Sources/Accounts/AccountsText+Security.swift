import TreffpunktCore

/// The strings of the administrator's setup address and of signing out apps on a password change.
extension AccountsText {
    // Setup address
    static let setupNotice = LocalizedText(
        de: "Einrichtung: Wer sich über diesen Link registriert, wird Administrator/in dieses Treffpunkts.",
        en: "Setup: whoever registers through this link becomes the administrator of this Treffpunkt."
    )
    static let setupTokenInvalid = LocalizedText(
        de: "Dieser Einrichtungslink ist ungültig oder schon benutzt. Ohne ihn registrieren Sie sich als normales Mitglied.",
        en: "This setup link is invalid or already used. Without it you register as an ordinary member."
    )

    // Password change
    static let revokeAppsOnPasswordChange = LocalizedText(
        de: "Auch alle App-Zugänge (API-Tokens) abmelden",
        en: "Also sign out all apps (API tokens)"
    )
    static let passwordChangedAppsSignedOut = LocalizedText(
        de: "Ihr Passwort ist geändert. Andere Sitzungen und alle App-Zugänge wurden abgemeldet.",
        en: "Your password has been changed. Other sessions and all apps have been signed out."
    )
}
