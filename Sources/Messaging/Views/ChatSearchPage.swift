import Plot
import TreffpunktCore

/// `/messages/search?q=`: matching messages of the reader's chats, newest first, each linking to its chat.
enum ChatSearchPage {
    struct Hit {
        let message: PresentedMessage
        let chatTitle: String
    }

    static func render(query: String, hits: [Hit], names: [Int64: String], readerID: Int64, error: LocalizedText?,
                       context: PageContext) -> HTML {
        Layout.page(context.t(MessagingText.searchTitle), context: context, content: .div(
            .p(.a(.safeHref(MessagesURL.index.path), .text("← " + context.t(MessagingText.backToChats)))),
            .h1(.text(context.t(MessagingText.searchTitle))),
            ChatSearchForm.render(query: query, context: context),
            .unwrap(error) { .p(.class("flash flash-error"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
            .if(error == nil && hits.isEmpty && !query.isEmpty, .p(.class("muted"), .text(context.t(MessagingText.noResults)))),
            .ol(.class("chat-messages chat-search-results"), .forEach(hits) { hit in
                .group(
                    .li(.class("chat-search-chat"), .a(.safeHref(MessagesURL.chat(id: hit.message.message.chatID).path + "#message-\(hit.message.id)"),
                                                       .text(hit.chatTitle))),
                    MessageItem.render(hit.message, chatID: hit.message.message.chatID, readerID: readerID, names: names, context: context)
                )
            })
        ))
    }
}
