import Fluent
import TreffpunktCore

/// A chat as one of its participants sees it: the chat and everyone taking part now. Whoever does
/// not take part gets "not found", so a chat's existence never leaks.
struct ChatMembership: Sendable {
    let chat: Chat
    /// The active participants, the reader among them.
    let participants: [ChatParticipant]
    let memberID: Int64

    var chatID: Int64 { chat.requireID() }
    var me: ChatParticipant {
        guard let me = participants.first(where: { $0.memberID == memberID }) else { preconditionFailure("checked on load") }
        return me
    }
    var participantIDs: [Int64] { participants.map(\.memberID) }
    var otherIDs: [Int64] { participantIDs.filter { $0 != memberID } }

    /// Loads the chat for `memberID`, or throws 404 when they do not take part (or it does not exist).
    static func load(_ chatID: Int64, for memberID: Int64, on database: any Database) async throws -> ChatMembership {
        let participants = try await ChatParticipant.query(on: database)
            .filter(\.$chatID == chatID).filter(\.$leftAt == nil).all()
        guard participants.contains(where: { $0.memberID == memberID }), let chat = try await Chat.find(chatID, on: database) else {
            throw UserFacingError.notFound(MessagingText.chatNotFound)
        }
        return ChatMembership(chat: chat, participants: participants, memberID: memberID)
    }

    /// A message of this chat, or 404.
    func message(_ messageID: Int64, on database: any Database) async throws -> ChatMessage {
        guard let message = try await ChatMessage.find(messageID, on: database), message.chatID == chatID else {
            throw UserFacingError.notFound(MessagingText.messageNotFound)
        }
        return message
    }
}
