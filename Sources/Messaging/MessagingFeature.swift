import Fluent
import TreffpunktCore
import Vapor

/// The Messaging feature as the app wires it: one-to-one and group chats with edits, attachments,
/// read receipts, unread counts, search and live events.
package enum MessagingFeature {
    package static var migrations: [any Migration] {
        [CreateChats(), CreateChatParticipants(), CreateChatMessages(), CreateChatMessageMedia(), CreateChatMessageSearch()]
    }

    /// Lends the media feature who may see chat attachments, the layout the unread badge, and profiles "Nachricht senden".
    package static func install(on app: Application) {
        app.mediaAudiences.append(ChatMediaAudience())
        app.unreadChats = UnreadChatsCounter()
        app.profileActions.append(SendMessageAction())
        app.typingThrottle = TypingThrottle()
    }

    /// The demo company's share of this feature; running it again creates nothing new.
    package static func seedDemo(on app: Application) async throws {
        try await MessagingDemoData.seed(on: app)
    }

    /// `web` has sessions and form tokens, `api` is `/api` (tokens apply).
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        MessagesController().boot(web)
        ChatsAPIController().boot(api)
    }
}
