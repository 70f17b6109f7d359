import Mail
import Plot
import TreffpunktCore

/// The e-mail with a registration's confirmation link, as text and as HTML, in the person's language.
enum ConfirmationMail {
    static func make(to user: User, link: String, instanceName: String, language: AppLanguage) -> OutgoingMail {
        let greeting = AccountsText.confirmationMailGreeting(user.displayName)(language)
        let intro = AccountsText.confirmationMailIntro(instanceName)(language)
        let ignore = AccountsText.confirmationMailIgnore(language)
        let text = [greeting, intro, link, ignore].joined(separator: "\n\n") + "\n"
        // Plot escapes text; the link goes through Core's escaping attribute.
        let html = HTML(
            .head(.meta(.charset(.utf8))),
            .body(
                .p(.text(greeting)),
                .p(.text(intro)),
                .p(.a(.safeHref(link), .strong(.text(AccountsText.confirmationMailButton(language))))),
                .p(.text(link)),
                .p(.text(ignore))
            )
        ).render()
        return OutgoingMail(recipient: user.email, subject: AccountsText.confirmationMailSubject(instanceName)(language),
                            text: text, html: html, language: language)
    }
}
