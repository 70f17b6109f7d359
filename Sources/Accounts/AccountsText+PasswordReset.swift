import TreffpunktCore

/// The strings of the password reset, in German and English.
extension AccountsText {
    static let forgotPassword = LocalizedText(de: "Passwort vergessen?", en: "Forgot your password?")
    static let forgotPasswordIntro = LocalizedText(
        de: "Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.",
        en: "Enter the e-mail address of your account. We will send you a link to set a new password."
    )
    static let sendResetLink = LocalizedText(de: "Link senden", en: "Send link")
    static let resetRequested = LocalizedText(
        de: "Falls ein Konto mit dieser Adresse besteht, haben wir einen Link dorthin geschickt. Er gilt eine Stunde. Bitte prüfen Sie auch den Spam-Ordner.",
        en: "If an account with this address exists, we have sent a link to it. It is valid for one hour. Please check your spam folder too."
    )
    static func resetTooMany(minutes: Int) -> LocalizedText {
        LocalizedText(
            de: "Für diese Adresse oder von Ihrem Netz aus wurden zu viele Links angefordert. Bitte versuchen Sie es in \(minutes) Minute(n) wieder.",
            en: "Too many links were asked for this address or from your network. Please try again in \(minutes) minute(s)."
        )
    }
    static let newPasswordTitle = LocalizedText(de: "Neues Passwort festlegen", en: "Set a new password")
    static let newPasswordIntro = LocalizedText(
        de: "Danach sind Sie angemeldet; andere Sitzungen und alle App-Zugänge werden abgemeldet.",
        en: "Then you are logged in; other sessions and all app access are signed out."
    )
    static let passwordSetByLink = LocalizedText(
        de: "Ihr neues Passwort gilt. Andere Sitzungen und alle App-Zugänge wurden abgemeldet.",
        en: "Your new password is set. Other sessions and all app access were signed out."
    )
    static let resetTokenMissing = LocalizedText(
        de: "Diesem Link fehlt sein Code. Bitte öffnen Sie den Link genau so, wie er in der E-Mail steht.",
        en: "This link lacks its code. Please open the link exactly as it is in the e-mail."
    )
    static let resetTokenUnknown = LocalizedText(
        de: "Dieser Link zum Zurücksetzen des Passworts ist ungültig. Bitte fordern Sie unter „Passwort vergessen?“ einen neuen an.",
        en: "This password reset link is not valid. Please ask for a new one under “Forgot your password?”."
    )
    static let resetTokenUsed = LocalizedText(
        de: "Dieser Link wurde schon benutzt. Bitte melden Sie sich mit Ihrem Passwort an oder fordern Sie einen neuen Link an.",
        en: "This link has been used already. Please log in with your password or ask for a new link."
    )
    static let resetTokenExpired = LocalizedText(
        de: "Dieser Link ist abgelaufen (er gilt eine Stunde). Bitte fordern Sie unter „Passwort vergessen?“ einen neuen an.",
        en: "This link has expired (it is valid for one hour). Please ask for a new one under “Forgot your password?”."
    )

    // The reset e-mail
    static func resetMailSubject(_ instance: String) -> LocalizedText {
        LocalizedText(de: "Neues Passwort für \(instance)", en: "New password for \(instance)")
    }
    static func resetMailIntro(_ instance: String) -> LocalizedText {
        LocalizedText(
            de: "Jemand hat für Ihr Konto bei \(instance) ein neues Passwort angefordert. Mit diesem Link legen Sie es fest; er gilt eine Stunde und nur einmal:",
            en: "Someone asked for a new password for your account at \(instance). Set it with this link; it is valid for one hour and only once:"
        )
    }
    static let resetMailButton = LocalizedText(de: "Neues Passwort festlegen", en: "Set a new password")
    static let resetMailIgnore = LocalizedText(
        de: "Waren Sie das nicht? Dann ignorieren Sie diese E-Mail einfach; Ihr Passwort bleibt, wie es ist.",
        en: "Was this not you? Then simply ignore this e-mail; your password stays as it is."
    )
}
