import Accounts
import Fluent
import Media

/// Loads authors, attachments and read marks for a batch of messages: one query each, never one per message.
struct MessagePresenter {
    let database: any Database

    /// `participants` are the active ones of the messages' chats (several chats may be mixed).
    func present(_ messages: [ChatMessage], participants: [ChatParticipant]) async throws -> [PresentedMessage] {
        guard !messages.isEmpty else { return [] }
        let ids = messages.map { $0.requireID() }
        let links = try await ChatMessageMedia.query(on: database).filter(\.$messageID ~~ ids).sort(\.$position).all()
        async let authors = MemberLookup(database: database).members(ids: messages.map(\.authorID))
        async let media = MediaLookup(database: database).media(ids: links.map(\.mediaID))
        let (foundAuthors, foundMedia) = try await (authors, media)
        let mediaByMessage = Dictionary(grouping: links, by: \.messageID)
        return messages.map { message in
            let id = message.requireID()
            let readers = participants.filter { participant in
                participant.chatID == message.chatID && participant.memberID != message.authorID && (participant.lastReadMessageID ?? 0) >= id
            }
            return PresentedMessage(
                message: message, author: foundAuthors[message.authorID],
                media: message.isDeleted ? [] : (mediaByMessage[id] ?? []).compactMap { foundMedia[$0.mediaID] },
                readBy: readers.map(\.memberID).sorted())
        }
    }
}
