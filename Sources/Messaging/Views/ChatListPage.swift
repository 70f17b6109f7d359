import Accounts
import Foundation
import Plot
import TreffpunktCore

/// `/messages`: the reader's chats newest first with their unread counts, a search field, and the
/// form to start a chat with people chosen by username.
enum ChatListPage {
    struct Model {
        var chats: [ChatSummary]
        var usernames = ""
        var name = ""
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(MessagingText.title), context: context, content: .div(
            .class("chat-list-page"),
            .h1(.text(context.t(MessagingText.title))),
            .p(.class("muted"), .text(context.t(MessagingText.intro))),
            ChatSearchForm.render(query: "", context: context),
            model.chats.isEmpty
                ? .p(.class("muted"), .text(context.t(MessagingText.noChats)))
                : .ul(.class("chat-list"), .id("chat-list"), .forEach(model.chats) { row($0, context: context) }),
            newChatForm(model, context: context)
        ))
    }

    private static func row(_ summary: ChatSummary, context: PageContext) -> Node<HTML.ListContext> {
        let last = summary.lastMessage
        let preview = last.map { $0.message.isDeleted ? context.t(MessagingText.deletedMessage)
            : ($0.message.text.isEmpty ? context.t(MessagingText.attachment) : String($0.message.text.prefix(120))) }
        return .li(
            .safeClass(summary.unread > 0 ? "chat-row card unread" : "chat-row card"),
            .safeAttribute(named: "data-chat-id", value: String(summary.id)),
            .a(.safeHref(MessagesURL.chat(id: summary.id).path), .strong(.text(summary.title))),
            .if(summary.unread > 0, .span(.class("badge"), .text(context.t(MessagingText.unread(summary.unread))))),
            .unwrap(last) { message in
                .p(.class("chat-preview muted"),
                   .text("\(message.author?.displayName ?? "–"): \(preview ?? "") · \(DateText.dayAndTime(message.message.createdAt ?? Date(), in: context.language))"))
            }
        )
    }

    private static func newChatForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("card new-chat"), .id("new-chat"), .method(.post), .safeAction(MessagesURL.index.path),
            .h2(.text(context.t(MessagingText.newChat))),
            Layout.csrfField(context.csrfToken),
            FormField.input("usernames", label: context.t(MessagingText.peopleLabel), value: model.usernames,
                            error: model.error.map { context.t($0) }),
            FormField.input("name", label: context.t(MessagingText.groupNameLabel), value: model.name, required: false,
                            maxLength: ChatService.maximumNameLength),
            .button(.type(.submit), .text(context.t(MessagingText.startChat)))
        )
    }
}
