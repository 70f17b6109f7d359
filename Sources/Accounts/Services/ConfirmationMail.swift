import Mail
import TreffpunktCore

/// The e-mail with a registration's confirmation link, as text and as HTML, in the person's language.
enum ConfirmationMail {
    static func make(to user: User, link: String, instanceName: String, language: AppLanguage) -> OutgoingMail {
        LinkMail(subject: AccountsText.confirmationMailSubject(instanceName)(language),
                 greeting: AccountsText.confirmationMailGreeting(user.displayName)(language),
                 intro: AccountsText.confirmationMailIntro(instanceName)(language),
                 button: AccountsText.confirmationMailButton(language),
                 ignore: AccountsText.confirmationMailIgnore(language))
            .make(to: user.email, link: link, language: language)
    }
}
