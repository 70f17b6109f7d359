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
