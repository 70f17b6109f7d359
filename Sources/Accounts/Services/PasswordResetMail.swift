import Mail
import TreffpunktCore

/// The e-mail with a password reset link, as text and as HTML, in the person's language.
enum PasswordResetMail {
    static func make(to email: String, name: String, link: String, instanceName: String, language: AppLanguage) -> OutgoingMail {
        LinkMail(subject: AccountsText.resetMailSubject(instanceName)(language),
                 greeting: AccountsText.confirmationMailGreeting(name)(language),
                 intro: AccountsText.resetMailIntro(instanceName)(language),
                 button: AccountsText.resetMailButton(language),
                 ignore: AccountsText.resetMailIgnore(language))
            .make(to: email, link: link, language: language)
    }
}
