import Accounts
import Plot
import Social
import TreffpunktCore

/// One chat at `/messages/ID`: its people, messages oldest → newest with "load older" on top, the
/// composer (text and attachments), and for groups their settings. chat.js adds what arrives live;
/// without JavaScript every part works by plain forms and links.
enum ChatPage {
    struct Model {
        var summary: ChatSummary
        var messages: [PresentedMessage]
        var olderURL: String?
        var draft = ""
        var error: LocalizedText?
        /// People's names for "Gelesen von …", past participants included.
        var names: [Int64: String]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let summary = model.summary
        let chatID = summary.id
        let viewerID = summary.readerID
        return Layout.page(summary.title, context: context, content: .div(
            .class("chat"), .id("chat"),
            .safeAttribute(named: "data-chat-id", value: String(chatID)),
            .safeAttribute(named: "data-me", value: String(viewerID)),
            .safeAttribute(named: "data-items-url", value: MessagesURL.items(chat: chatID).path),
            .safeAttribute(named: "data-read-url", value: MessagesURL.read(chat: chatID).path),
            .safeAttribute(named: "data-typing-url", value: MessagesURL.typing(chat: chatID).path),
            .safeAttribute(named: "data-csrf", value: context.csrfToken),
            .safeAttribute(named: "data-typing-label", value: context.t(MessagingText.typingSingular)),
            .p(.a(.safeHref(MessagesURL.index.path), .text("← " + context.t(MessagingText.backToChats)))),
            .h1(.text(summary.title)),
            people(summary, context: context),
            .unwrap(model.olderURL) { .p(.class("chat-older"), .a(.class("button"), .safeHref($0), .text(context.t(MessagingText.olderMessages)))) },
            .if(model.messages.isEmpty, .p(.class("muted chat-empty"), .text(context.t(MessagingText.noMessages)))),
            .ol(
                .class("chat-messages"), .id("chat-messages"), .attribute(named: "aria-live", value: "polite"),
                .forEach(model.messages) { MessageItem.render($0, chatID: chatID, readerID: viewerID, names: model.names, context: context) }
            ),
            .p(.class("chat-typing muted"), .id("chat-typing"), .attribute(named: "aria-live", value: "polite"),
               .attribute(named: "hidden", value: "hidden")),
            composer(model, context: context),
            .if(summary.chat.isGroup, GroupSettings.render(summary, context: context)),
            .script(.src("/js/chat.js"), .attribute(named: "defer"))
        ))
    }

    /// Everyone taking part; chat.js reads the names for "Gelesen von …" and "… schreibt".
    private static func people(_ summary: ChatSummary, context: PageContext) -> Node<HTML.BodyContext> {
        let members: [MemberSummary] = summary.participants.compactMap { summary.members[$0.memberID] }
        return .ul(
            .class("chat-people"), .id("chat-people"), .safeAriaLabel(context.t(MessagingText.participants)),
            .forEach(members) { member in
                let name = member.id == summary.readerID ? "\(member.displayName) (\(context.t(MessagingText.you)))" : member.displayName
                return .li(.safeAttribute(named: "data-member-id", value: String(member.id)),
                           .a(.safeHref(SiteURL.profile(username: member.username).path), .text(name)))
            }
        )
    }

    private static func composer(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let chatID = model.summary.id
        return .form(
            .class("chat-composer card"), .id("chat-composer"), .method(.post),
            .safeAction(MediaPicker.formAction(MessagesURL.send(chat: chatID).path, context: context)),
            .enctype(.multipartData),
            Layout.csrfField(context.csrfToken),
            FormField.textArea("text", label: context.t(MessagingText.messageLabel), value: model.draft,
                               error: model.error.map { context.t($0) }, rows: 3),
            MediaPicker.render(context: context),
            .button(.type(.submit), .text(context.t(MessagingText.send)))
        )
    }
}
