import Mail
import TreffpunktCore

/// The e-mail that carries an invitation's link, as text and as HTML, in the language the admin chose.
enum InvitationMail {
    static func make(to email: String, link: String, inviter: String, instanceName: String, language: AppLanguage) -> OutgoingMail {
        LinkMail(subject: AccountsText.invitationMailSubject(instanceName)(language),
                 greeting: AccountsText.invitationMailGreeting(language),
                 intro: AccountsText.invitationMailIntro(inviter: inviter, instance: instanceName)(language),
                 button: AccountsText.invitationMailButton(language),
                 ignore: AccountsText.invitationMailIgnore(language))
            .make(to: email, link: link, language: language)
    }
}
