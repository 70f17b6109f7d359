import Foundation
import Plot
import TreffpunktCore

/// The outbox as administrators see it: newest first, with each message's state and last error.
enum OutboxPage {
    struct Row {
        var id: Int64
        var recipient: String
        var subject: String
        var state: OutboxState
        var attempts: Int
        var createdAt: Date
        var lastError: String?

        init(_ message: OutboxMessage) {
            id = message.requireID()
            recipient = message.recipient
            subject = message.subject
            state = message.state
            attempts = message.attempts
            createdAt = message.createdAt
            lastError = message.lastError
        }
    }

    struct Model {
        var messages: [Row]
        var olderURL: String?
        /// False without `SMTP_URL`: then this page is where mail is read.
        var deliversMail: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(MailText.outbox), context: context, content: .div(
            .h1(.text(context.t(MailText.outbox))),
            .p(.text(context.t(MailText.outboxIntro))),
            .if(!model.deliversMail, .p(.class("notice"), .text(context.t(MailText.noServer)))),
            model.messages.isEmpty
                ? .p(.class("muted"), .text(context.t(MailText.empty)))
                : .table(
                    .class("data-table"),
                    .thead(.tr(
                        .th(.text(context.t(MailText.created))),
                        .th(.text(context.t(MailText.recipient))),
                        .th(.text(context.t(MailText.subject))),
                        .th(.text(context.t(MailText.state))),
                        .th(.text(context.t(MailText.lastError)))
                    )),
                    .tbody(.forEach(model.messages) { row in
                        .tr(
                            .safeClass("outbox-\(row.state.rawValue)"),
                            .td(.text(DateText.dayAndTime(row.createdAt, in: context.language))),
                            .td(.text(row.recipient)),
                            .td(.a(.safeHref(OutboxURL.message(id: row.id).path), .text(row.subject))),
                            .td(.text("\(context.t(MailText.stateName(row.state))) (\(row.attempts))")),
                            .td(.text(row.lastError ?? ""))
                        )
                    })
                ),
            .unwrap(model.olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(MailText.older)))) }
        ))
    }
}
