import Foundation
import Plot
import TreffpunktCore

/// One message of the outbox: its envelope, state and text; the HTML version as source, never rendered
/// inside the administration.
enum OutboxMessagePage {
    static func render(_ message: OutboxMessage, context: PageContext) -> HTML {
        let facts: [(LocalizedText, String?)] = [
            (MailText.recipient, message.recipient),
            (MailText.subject, message.subject),
            (MailText.language, message.language.nativeName),
            (MailText.state, context.t(MailText.stateName(message.state))),
            (MailText.attempts, String(message.attempts)),
            (MailText.created, DateText.dayAndTime(message.createdAt, in: context.language)),
            (MailText.nextAttempt, message.state == .pending ? DateText.dayAndTime(message.nextAttemptAt, in: context.language) : nil),
            (MailText.sentAt, message.sentAt.map { DateText.dayAndTime($0, in: context.language) }),
            (MailText.lastError, message.lastError),
        ]
        return Layout.page(message.subject, context: context, content: .article(
            .class("card outbox-message"),
            .h1(.text(message.subject)),
            .dl(.forEach(facts.compactMap { label, value in value.map { (label, $0) } }) { label, value in
                .group(.dt(.text(context.t(label))), .dd(.text(value)))
            }),
            message.textBody.isEmpty
                ? .p(.class("muted"), .text(context.t(MailText.bodyDropped)))
                : .group(
                    .h2(.text(context.t(MailText.textVersion))),
                    .pre(.id("outbox-text"), .text(message.textBody)),
                    .details(
                        .summary(.text(context.t(MailText.htmlVersion))),
                        .pre(.text(message.htmlBody))
                    )
                ),
            .p(.a(.safeHref(OutboxURL.list(before: nil).path), .text(context.t(MailText.backToOutbox))))
        ))
    }
}
