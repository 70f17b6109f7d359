import Accounts
import Plot
import TreffpunktCore

/// A group's settings on its page: rename, add people, remove someone, leave. Every participant may.
enum GroupSettings {
    static func render(_ summary: ChatSummary, context: PageContext) -> Node<HTML.BodyContext> {
        let chatID = summary.id
        return .details(
            .class("chat-settings card"),
            .summary(.text(context.t(MessagingText.groupSettings))),
            .form(
                .method(.post), .safeAction(MessagesURL.rename(chat: chatID).path),
                Layout.csrfField(context.csrfToken),
                FormField.input("name", label: context.t(MessagingText.renameLabel), value: summary.chat.name ?? "", required: false,
                                maxLength: ChatService.maximumNameLength),
                .button(.type(.submit), .text(context.t(MessagingText.rename)))
            ),
            .form(
                .method(.post), .safeAction(MessagesURL.participants(chat: chatID).path),
                Layout.csrfField(context.csrfToken),
                FormField.input("usernames", label: context.t(MessagingText.addPeopleLabel)),
                .button(.type(.submit), .text(context.t(MessagingText.add)))
            ),
            .ul(.class("chat-remove"), .forEach(summary.others) { member in
                .li(
                    .text(member.displayName + " "),
                    .form(
                        .class("inline-form"), .method(.post), .safeAction(MessagesURL.removeParticipant(chat: chatID, member: member.id).path),
                        Layout.csrfField(context.csrfToken),
                        .button(.type(.submit), .class("link-button"), .text(context.t(MessagingText.remove)))
                    )
                )
            }),
            .form(
                .method(.post), .safeAction(MessagesURL.leave(chat: chatID).path),
                Layout.csrfField(context.csrfToken),
                .button(.type(.submit), .class("danger"), .text(context.t(MessagingText.leave)))
            )
        )
    }
}
