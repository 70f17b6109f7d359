import TreffpunktCore
import Vapor

extension Request {
    var chatService: ChatService { ChatService(database: db, application: application, language: language) }
    var messageService: MessageService { MessageService(chats: chatService) }

    /// The chat of the path's `id` for the signed-in member; anyone not taking part gets 404.
    func chatMembership() async throws -> ChatMembership {
        let viewer = try requireViewer()
        guard let id = parameters.get("id", as: Int64.self) else { throw UserFacingError.notFound(MessagingText.chatNotFound) }
        return try await ChatMembership.load(id, for: viewer.id, on: db)
    }

    /// A message id from the path (`message` on pages, `mid` in the API); anything else is not found.
    func messageID(_ name: String) throws -> Int64 {
        guard let id = parameters.get(name, as: Int64.self) else { throw UserFacingError.notFound(MessagingText.messageNotFound) }
        return id
    }
}
