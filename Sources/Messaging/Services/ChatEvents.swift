import Accounts
import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Tells the participants of a chat, live, what changed: published to each one's `chat` topic after
/// the change is committed, never to anyone who does not take part. Payloads are the chat API's JSON.
struct ChatEvents {
    let application: Application
    let database: any Database
    let language: AppLanguage

    /// `chat.message` or `chat.update`: the message, with attachment addresses signed for each reader.
    func message(_ event: String, _ message: ChatMessage, participants: [ChatParticipant]) async throws {
        guard let presented = try await MessagePresenter(database: database).present([message], participants: participants).first else { return }
        let json = try await ChatJSON.load(application: application, database: database, language: language,
                                           members: [message.authorID], withMedia: !presented.media.isEmpty)
        try await publish(event, to: participants.map(\.memberID), actor: message.authorID) { json.message(presented, for: $0) }
    }

    /// `chat.delete`: which message of which chat is gone.
    func deleted(_ messageID: Int64, chatID: Int64, to recipients: [Int64], by actorID: Int64) async throws {
        let payload = ["id": String(messageID), "chat_id": String(chatID)]
        try await publish("chat.delete", to: recipients, actor: actorID) { _ in payload }
    }

    /// `chat.read`: how far one participant has read.
    func read(chatID: Int64, memberID: Int64, lastReadID: Int64, to recipients: [Int64]) async throws {
        let payload = ["chat_id": String(chatID), "account_id": String(memberID), "last_read_id": String(lastReadID)]
        try await publish("chat.read", to: recipients, actor: memberID) { _ in payload }
    }

    /// `chat.typing`: someone is writing, for the others only.
    func typing(chatID: Int64, member: MemberSummary, to recipients: [Int64]) async throws {
        let payload = ["chat_id": String(chatID), "account_id": String(member.id), "display_name": member.displayName]
        try await publish("chat.typing", to: recipients.filter { $0 != member.id }, actor: member.id) { _ in payload }
    }

    /// `chat.conversation`: the chat as each participant's list shows it (new, renamed, people added or removed).
    func conversation(_ chat: Chat, by actorID: Int64) async throws {
        let listing = ChatListing(database: database)
        guard let shared = try await listing.summaries(of: [chat], for: actorID).first else { return }
        let unread = try await listing.unreadCounts(in: chat.requireID())
        let json = try await ChatJSON.load(application: application, database: database, language: language,
                                           members: shared.participants.map(\.memberID), withMedia: !(shared.lastMessage?.media.isEmpty ?? true))
        try await publish("chat.conversation", to: shared.participants.map(\.memberID), actor: actorID) { recipient in
            json.chat(ChatSummary(chat: chat, participants: shared.participants, members: shared.members, lastMessage: shared.lastMessage,
                                  unread: unread[recipient] ?? 0, readerID: recipient))
        }
    }

    /// One event per recipient on their own `chat` topic. The actor is not named to the hub: in a chat,
    /// what the participants see on the page and live is the same, whatever blocks they set elsewhere.
    private func publish(_ event: String, to recipients: [Int64], actor: Int64,
                         payload: (Int64) -> (some Encodable)?) async throws {
        let encoder = JSONEncoder()
        var events: [RealtimeEvent] = []
        for recipient in Set(recipients) {
            guard let body = payload(recipient) else { continue }
            events.append(RealtimeEvent(topic: .chat(recipient), event: event,
                                        payload: String(decoding: try encoder.encode(body), as: UTF8.self)))
        }
        await application.realtime.publish(events)
    }
}
