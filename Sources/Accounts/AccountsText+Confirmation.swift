import TreffpunktCore

/// The strings of e-mail confirmation (registration by e-mail domain), in German and English.
extension AccountsText {
    static func confirmationSent(_ email: String) -> LocalizedText {
        LocalizedText(
            de: "Fast geschafft: Wir haben einen Bestätigungslink an \(email) geschickt. Bitte öffnen Sie ihn, dann können Sie sich anmelden.",
            en: "Almost done: we sent a confirmation link to \(email). Please open it, then you can log in."
        )
    }
    static let emailNotDeliverable = LocalizedText(
        de: "An diese Adresse können wir den Bestätigungslink nicht schicken. Bitte verwenden Sie eine Adresse ohne Umlaute und Sonderzeichen (z. B. juergen@… statt jürgen@…).",
        en: "We cannot send the confirmation link to this address. Please use an address without umlauts or special characters (e.g. juergen@… rather than jürgen@…)."
    )
    static let emailUnconfirmed = LocalizedText(
        de: "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link aus unserer E-Mail.",
        en: "Please confirm your e-mail address first: open the link in our e-mail."
    )
    /// Mastodon's words for a token of an unconfirmed account, so apps recognise the situation.
    static let tokenEmailUnconfirmed = LocalizedText(
        de: "Ihrer Anmeldung fehlt eine bestätigte E-Mail-Adresse",
        en: "Your login is missing a confirmed e-mail address"
    )
    static let resendConfirmation = LocalizedText(de: "Bestätigungs-E-Mail erneut senden", en: "Send the confirmation e-mail again")
    static let confirmationResent = LocalizedText(
        de: "Wir haben Ihnen einen neuen Bestätigungslink geschickt.",
        en: "We sent you a new confirmation link."
    )
    static func resendTooSoon(minutes: Int) -> LocalizedText {
        LocalizedText(
            de: "Eine Bestätigungs-E-Mail ist gerade erst verschickt worden. Bitte warten Sie \(minutes) Minute(n) und prüfen Sie auch den Spam-Ordner.",
            en: "A confirmation e-mail was sent only just now. Please wait \(minutes) minute(s) and check your spam folder too."
        )
    }
    static let resendNeedsLogin = LocalizedText(
        de: "Bitte melden Sie sich zuerst mit Ihrem Passwort an; danach können Sie die Bestätigungs-E-Mail erneut anfordern.",
        en: "Please log in with your password first; then you can ask for the confirmation e-mail again."
    )
    static let alreadyConfirmed = LocalizedText(
        de: "Ihre E-Mail-Adresse ist schon bestätigt. Bitte melden Sie sich an.",
        en: "Your e-mail address is already confirmed. Please log in."
    )
    static func emailConfirmed(_ name: String) -> LocalizedText {
        LocalizedText(de: "Ihre E-Mail-Adresse ist bestätigt. Willkommen, \(name)!", en: "Your e-mail address is confirmed. Welcome, \(name)!")
    }
    static let confirmationTokenMissing = LocalizedText(
        de: "Diesem Bestätigungslink fehlt sein Code. Bitte öffnen Sie den Link genau so, wie er in der E-Mail steht.",
        en: "This confirmation link lacks its code. Please open the link exactly as it is in the e-mail."
    )
    static let confirmationTokenUnknown = LocalizedText(
        de: "Dieser Bestätigungslink ist ungültig. Bitte melden Sie sich an, um einen neuen anzufordern.",
        en: "This confirmation link is not valid. Please log in to ask for a new one."
    )
    static let confirmationTokenUsed = LocalizedText(
        de: "Dieser Bestätigungslink wurde schon benutzt. Ist Ihre Adresse bestätigt, melden Sie sich einfach an.",
        en: "This confirmation link has been used already. If your address is confirmed, simply log in."
    )
    static let confirmationTokenExpired = LocalizedText(
        de: "Dieser Bestätigungslink ist abgelaufen (er gilt 24 Stunden). Bitte melden Sie sich an, um einen neuen anzufordern.",
        en: "This confirmation link has expired (it is valid for 24 hours). Please log in to ask for a new one."
    )

    // The confirmation e-mail
    static func confirmationMailSubject(_ instance: String) -> LocalizedText {
        LocalizedText(de: "Bitte bestätigen Sie Ihre E-Mail-Adresse für \(instance)",
                      en: "Please confirm your e-mail address for \(instance)")
    }
    static func confirmationMailGreeting(_ name: String) -> LocalizedText {
        LocalizedText(de: "Hallo \(name),", en: "Hello \(name),")
    }
    static func confirmationMailIntro(_ instance: String) -> LocalizedText {
        LocalizedText(
            de: "Sie haben sich bei \(instance) mit dieser E-Mail-Adresse registriert. Bitte bestätigen Sie sie mit diesem Link; er gilt 24 Stunden und nur einmal:",
            en: "You registered at \(instance) with this e-mail address. Please confirm it with this link; it is valid for 24 hours and only once:"
        )
    }
    static let confirmationMailButton = LocalizedText(de: "E-Mail-Adresse bestätigen", en: "Confirm e-mail address")
    static let confirmationMailIgnore = LocalizedText(
        de: "Waren Sie das nicht? Dann ignorieren Sie diese E-Mail einfach; ohne Bestätigung kann sich niemand mit dem Konto anmelden.",
        en: "Was this not you? Then simply ignore this e-mail; without confirmation nobody can log in with the account."
    )
}
