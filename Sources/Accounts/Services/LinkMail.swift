import Mail
import Plot
import TreffpunktCore

/// A mail whose point is one single-use link (confirmation, password reset), as text and as HTML:
/// greeting, what the link does, the link as a button and written out, and what to do if it was not you.
struct LinkMail {
    var subject: String
    var greeting: String
    var intro: String
    var button: String
    var ignore: String

    func make(to recipient: String, link: String, language: AppLanguage) -> OutgoingMail {
        let text = [greeting, intro, link, ignore].joined(separator: "\n\n") + "\n"
        // Plot escapes text; the link goes through Core's escaping attribute.
        let html = HTML(
            .head(.meta(.charset(.utf8))),
            .body(
                .p(.text(greeting)),
                .p(.text(intro)),
                .p(.a(.safeHref(link), .strong(.text(button)))),
                .p(.text(link)),
                .p(.text(ignore))
            )
        ).render()
        return OutgoingMail(recipient: recipient, subject: subject, text: text, html: html, language: language)
    }
}
