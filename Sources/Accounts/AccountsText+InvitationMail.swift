import TreffpunktCore

/// The strings of invitations sent by e-mail, in German and English.
extension AccountsText {
    static let invitationLanguage = LocalizedText(de: "Sprache der E-Mail", en: "Language of the e-mail")
    static let invitationLanguageInvalid = LocalizedText(de: "Bitte Deutsch oder Englisch wählen.", en: "Please choose German or English.")
    static let invitationEmailNotDeliverable = LocalizedText(
        de: "An diese Adresse können wir keine E-Mail schicken. Bitte verwenden Sie eine Adresse ohne Umlaute und Sonderzeichen.",
        en: "We cannot send e-mail to this address. Please use an address without umlauts or special characters."
    )
    static func invitationMailed(_ email: String) -> LocalizedText {
        LocalizedText(de: "Die Einladung ist per E-Mail an \(email) unterwegs.", en: "The invitation is on its way by e-mail to \(email).")
    }

    // The invitation e-mail
    static func invitationMailSubject(_ instance: String) -> LocalizedText {
        LocalizedText(de: "Einladung zu \(instance)", en: "Invitation to \(instance)")
    }
    static let invitationMailGreeting = LocalizedText(de: "Hallo,", en: "Hello,")
    static func invitationMailIntro(inviter: String, instance: String) -> LocalizedText {
        LocalizedText(
            de: "\(inviter) lädt Sie zu \(instance) ein. Mit diesem Link registrieren Sie sich; er gilt 14 Tage und nur einmal:",
            en: "\(inviter) invites you to \(instance). Register with this link; it is valid for 14 days and only once:"
        )
    }
    static let invitationMailButton = LocalizedText(de: "Einladung annehmen", en: "Accept the invitation")
    static let invitationMailIgnore = LocalizedText(
        de: "Erwarten Sie keine Einladung? Dann ignorieren Sie diese E-Mail einfach.",
        en: "Not expecting an invitation? Then simply ignore this e-mail."
    )
}

/// The strings of "set your password" invitations for people the HR import created.
extension AccountsText {
    static let inviteEveryoneWithoutPassword = LocalizedText(
        de: "Einladungen an alle ohne Passwort senden",
        en: "Send invitations to everyone without a password"
    )
    static let inviteEveryoneWithoutPasswordHint = LocalizedText(
        de: "Wer über den Personal-Import angelegt wurde und noch kein Passwort hat, bekommt per E-Mail einen Link (7 Tage gültig), mit dem er sein Passwort festlegt.",
        en: "Everyone the HR import created who has no password yet gets a link by e-mail (valid for 7 days) to set a password."
    )
    static func passwordInvitationsSent(_ count: Int) -> LocalizedText {
        LocalizedText(de: "\(count) Einladung(en) zum Festlegen des Passworts verschickt.",
                      en: "\(count) invitation(s) to set a password sent.")
    }

    // The "set your password" e-mail
    static func passwordInvitationSubject(_ instance: String) -> LocalizedText {
        LocalizedText(de: "Ihr Zugang zu \(instance)", en: "Your access to \(instance)")
    }
    static func passwordInvitationIntro(instance: String, username: String) -> LocalizedText {
        LocalizedText(
            de: "Für Sie ist bei \(instance) ein Konto angelegt (Benutzername: \(username)). Legen Sie mit diesem Link Ihr Passwort fest; er gilt 7 Tage und nur einmal:",
            en: "An account has been set up for you at \(instance) (username: \(username)). Set your password with this link; it is valid for 7 days and only once:"
        )
    }
    static let passwordInvitationButton = LocalizedText(de: "Passwort festlegen", en: "Set your password")
    static let passwordInvitationAfterwards = LocalizedText(
        de: "Danach melden Sie sich mit Ihrer E-Mail-Adresse oder Ihrem Benutzernamen und dem Passwort an.",
        en: "Afterwards you log in with your e-mail address or username and the password."
    )
}
