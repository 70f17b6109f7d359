import Accounts
import Mail
import Plot
import TreffpunktCore

/// The mail that tells a person of their notifications, as text and as HTML, in their language: what
/// happened, each with an absolute link to it, and where to change how such mail comes.
enum NotificationMail {
    struct Entry: Sendable {
        var text: String
        var excerpt: String?
        /// Absolute, from `PUBLIC_URL`.
        var link: String
    }

    static func make(to recipient: MailRecipients.Recipient, entries: [Entry], isDigest: Bool,
                     instanceName: String, publicURL: String) -> OutgoingMail {
        let language = recipient.language
        let subject = entries.count == 1 && !isDigest
            ? "\(instanceName): \(entries[0].text)"
            : SocialText.notificationMailSubject(instanceName, count: entries.count)(language)
        let greeting = SocialText.notificationMailGreeting(recipient.displayName)(language)
        let intro = (isDigest ? SocialText.notificationMailDigestIntro(instanceName) : SocialText.notificationMailIntro(instanceName))(language)
        let allLink = publicURL + SiteURL.notifications.path
        let settingsLink = publicURL + SiteURL.settingsPosting.path
        let allLine = SocialText.notificationMailAll(language)
        let settingsLine = SocialText.notificationMailSettings(language)

        let listed = entries.map { entry in
            (["– " + entry.text] + (entry.excerpt.map { ["  „\($0)“"] } ?? []) + ["  " + entry.link]).joined(separator: "\n")
        }
        let text = [greeting, intro, listed.joined(separator: "\n\n"), "\(allLine) \(allLink)", "\(settingsLine) \(settingsLink)"]
            .joined(separator: "\n\n") + "\n"
        // Plot escapes text; links go through Core's escaping attribute.
        let html = HTML(
            .head(.meta(.charset(.utf8))),
            .body(
                .p(.text(greeting)),
                .p(.text(intro)),
                .ul(.forEach(entries) { entry in
                    .li(
                        .a(.safeHref(entry.link), .text(entry.text)),
                        .unwrap(entry.excerpt) { .blockquote(.text($0)) }
                    )
                }),
                .p(.a(.safeHref(allLink), .text(allLine))),
                .p(.small(.text(settingsLine + " "), .a(.safeHref(settingsLink), .text(settingsLink))))
            )
        ).render()
        return OutgoingMail(recipient: recipient.email, subject: subject, text: text, html: html, language: language)
    }
}
