import Mail
import TreffpunktCore

/// The e-mail that invites an imported member to set a password, as text and as HTML.
enum PasswordInvitationMail {
    static func make(to user: User, link: String, instanceName: String, language: AppLanguage) -> OutgoingMail {
        LinkMail(subject: AccountsText.passwordInvitationSubject(instanceName)(language),
                 greeting: AccountsText.confirmationMailGreeting(user.displayName)(language),
                 intro: AccountsText.passwordInvitationIntro(instance: instanceName, username: user.username)(language),
                 button: AccountsText.passwordInvitationButton(language),
                 ignore: AccountsText.passwordInvitationAfterwards(language))
            .make(to: user.email, link: link, language: language)
    }
}
