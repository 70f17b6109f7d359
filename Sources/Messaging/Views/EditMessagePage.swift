import Plot
import TreffpunktCore

/// Editing one's own message (without JavaScript too); a refused text stays in the form.
enum EditMessagePage {
    static func render(chatID: Int64, messageID: Int64, text: String, error: LocalizedText?, context: PageContext) -> HTML {
        Layout.page(context.t(MessagingText.editMessageTitle), context: context, content: .div(
            .h1(.text(context.t(MessagingText.editMessageTitle))),
            .form(
                .class("card"), .method(.post), .safeAction(MessagesURL.edit(chat: chatID, message: messageID).path),
                Layout.csrfField(context.csrfToken),
                FormField.textArea("text", label: context.t(MessagingText.messageLabel), value: text,
                                   error: error.map { context.t($0) }, rows: 5),
                .button(.type(.submit), .text(context.t(MessagingText.save))), .text(" "),
                .a(.safeHref(MessagesURL.chat(id: chatID).path + "#message-\(messageID)"), .text(context.t(MessagingText.cancel)))
            )
        ))
    }
}
