import Plot
import TreffpunktCore

/// The search field over the reader's own messages.
enum ChatSearchForm {
    static func render(query: String, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("chat-search"), .method(.get), .safeAction(MessagesURL.search(query: nil).path),
            .label(.for("chat-search-q"), .text(context.t(MessagingText.searchLabel))),
            .input(.type(.search), .name("q"), .id("chat-search-q"), .safeValue(query)),
            .button(.type(.submit), .text(context.t(MessagingText.searchButton)))
        )
    }
}
