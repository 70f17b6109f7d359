import Accounts
import Foundation
import Plot
import Social
import TreffpunktCore

/// One message in a chat, the same on the page and in the fragments chat.js fetches: author, time,
/// text (safe HTML made when it was written) or the tombstone, attachments, "bearbeitet", who read
/// it (own messages), and edit and delete for the author.
enum MessageItem {
    static func render(_ presented: PresentedMessage, chatID: Int64, readerID: Int64, names: [Int64: String],
                       context: PageContext) -> Node<HTML.ListContext> {
        let message = presented.message
        let id = presented.id
        let own = message.authorID == readerID
        let readers = presented.readBy.compactMap { names[$0] }
        return .li(
            .safeClass(own ? "chat-message own" : "chat-message"), .safeID("message-\(id)"),
            .safeAttribute(named: "data-id", value: String(id)),
            .safeAttribute(named: "data-author-id", value: String(message.authorID)),
            .safeAttribute(named: "data-read-by", value: presented.readBy.map(String.init).joined(separator: ",")),
            .p(
                .class("chat-meta"),
                .strong(.text(presented.author?.displayName ?? "–")), .text(" · "),
                .element(named: "time", nodes: [
                    .safeAttribute(named: "datetime", value: MastodonDate.string(message.createdAt ?? Date())),
                    .text(DateText.dayAndTime(message.createdAt ?? Date(), in: context.language)),
                ]),
                .if(message.editedAt != nil && !message.isDeleted, .span(.class("chat-edited muted"), .text(" · " + context.t(MessagingText.edited))))
            ),
            message.isDeleted
                ? .p(.class("chat-deleted muted"), .text(context.t(MessagingText.deletedMessage)))
                : .div(.class("post-text chat-text"), .raw(message.html)),
            .if(!message.isDeleted, PostMediaView.render(presented.media, context: context)),
            .if(own && !message.isDeleted, .group(
                .p(.class("chat-read muted"), .safeAttribute(named: "data-read-label", value: context.t(MessagingText.readBy)),
                   .safeAttribute(named: "data-sent-label", value: context.t(MessagingText.sent)),
                   .text(readers.isEmpty ? context.t(MessagingText.sent) : "\(context.t(MessagingText.readBy)) \(readers.joined(separator: ", "))")),
                .div(
                    .class("chat-actions"),
                    .a(.safeHref(MessagesURL.edit(chat: chatID, message: id).path), .text(context.t(MessagingText.edit))),
                    .form(
                        .class("inline-form"), .method(.post), .safeAction(MessagesURL.delete(chat: chatID, message: id).path),
                        Layout.csrfField(context.csrfToken),
                        .button(.type(.submit), .class("link-button"), .text(context.t(MessagingText.delete)))
                    )
                )
            ))
        )
    }

    /// Messages as an HTML fragment (a list), for chat.js to insert.
    static func fragment(_ messages: [PresentedMessage], chatID: Int64, readerID: Int64, names: [Int64: String],
                         context: PageContext) -> String {
        Node<HTML.BodyContext>.ol(.forEach(messages) { render($0, chatID: chatID, readerID: readerID, names: names, context: context) })
            .render()
    }
}
