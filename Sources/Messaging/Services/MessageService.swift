import Accounts
import Fluent
import Foundation
import Media
import Social
import TreffpunktCore
import Vapor

/// Writing in a chat: sending (plain text, links and @mentions made into links, every other
/// character escaped; attachments through the media feature), editing and deleting one's own
/// messages, read marks and typing. Each change is published to the participants after it is committed.
struct MessageService {
    let chats: ChatService

    var database: any Database { chats.database }

    /// A new message. Text as written (surrounding blank space trimmed), at most 5,000 characters;
    /// without text it needs an attachment.
    func send(_ rawText: String, mediaIDs: [Int64] = [], in membership: ChatMembership) async throws -> ChatMessage {
        let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines)
        try Self.checkLength(text, allowEmpty: !mediaIDs.isEmpty)
        if !membership.chat.isGroup { try await ChatPeople(database: database).checkNotBlocked(membership.otherIDs, by: membership.memberID) }
        let media = try await attachable(mediaIDs, by: membership.memberID)
        let message = ChatMessage(chatID: membership.chatID, authorID: membership.memberID, text: text, html: html(text))
        let chat = membership.chat
        let me = membership.me
        try await database.writeTransaction { db in
            try await message.create(on: db)
            for (position, mediumID) in media.enumerated() {
                try await ChatMessageMedia(messageID: message.requireID(), chatID: chat.requireID(), mediaID: mediumID, position: position).create(on: db)
            }
            chat.lastMessageID = message.requireID()
            chat.lastMessageAt = message.createdAt ?? Date()
            try await chat.save(on: db)
            // Writing is reading: everything up to one's own message is read.
            me.lastReadMessageID = message.requireID()
            try await me.save(on: db)
        }
        try await chats.events.message("chat.message", message, participants: membership.participants)
        return message
    }

    /// Changes one's own message; it then shows "bearbeitet".
    func edit(_ messageID: Int64, to rawText: String, in membership: ChatMembership) async throws -> ChatMessage {
        let message = try await ownMessage(messageID, in: membership)
        let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines)
        let hasMedia = try await ChatMessageMedia.query(on: database).filter(\.$messageID == messageID).first() != nil
        try Self.checkLength(text, allowEmpty: hasMedia)
        guard text != message.text else { return message }
        message.text = text
        message.html = html(text)
        message.editedAt = Date()
        try await database.writeTransaction { db in try await message.save(on: db) }
        try await chats.events.message("chat.update", message, participants: membership.participants)
        return message
    }

    /// Deletes one's own message: its text and attachments go, a tombstone keeps its place.
    func delete(_ messageID: Int64, in membership: ChatMembership, media: MediaService) async throws {
        let message = try await ownMessage(messageID, in: membership)
        message.text = ""
        message.html = ""
        message.deletedAt = Date()
        let attached = try await database.writeTransaction { db in
            try await message.save(on: db)
            let links = try await ChatMessageMedia.query(on: db).filter(\.$messageID == messageID).all()
            try await ChatMessageMedia.query(on: db).filter(\.$messageID == messageID).delete()
            return links.map(\.mediaID)
        }
        for medium in try await MediaLookup(database: database).media(ids: attached).values {
            try await media.discard(medium)
        }
        try await chats.events.deleted(messageID, chatID: membership.chatID, to: membership.participantIDs, by: membership.memberID)
    }

    /// Moves the reader's read mark forward to `messageID` (never back, never past the chat's newest message).
    func markRead(upTo messageID: Int64, in membership: ChatMembership) async throws {
        let me = membership.me
        guard let newest = membership.chat.lastMessageID else { return }
        let mark = min(messageID, newest)
        guard mark > (me.lastReadMessageID ?? 0) else { return }
        me.lastReadMessageID = mark
        try await database.writeTransaction { db in try await me.save(on: db) }
        try await chats.events.read(chatID: membership.chatID, memberID: membership.memberID, lastReadID: mark, to: membership.participantIDs)
    }

    /// Tells the others that the reader is writing (at most every two seconds).
    func typing(in membership: ChatMembership) async throws {
        guard chats.application.typingThrottle.allows(membership.memberID, in: membership.chatID) else { return }
        guard let member = try await MemberLookup(database: database).member(id: membership.memberID) else { return }
        try await chats.events.typing(chatID: membership.chatID, member: member, to: membership.participantIDs)
    }

    private func ownMessage(_ messageID: Int64, in membership: ChatMembership) async throws -> ChatMessage {
        let message = try await membership.message(messageID, on: database)
        guard message.authorID == membership.memberID else { throw UserFacingError(.forbidden, MessagingText.notYourMessage) }
        guard !message.isDeleted else { throw UserFacingError(.unprocessableEntity, MessagingText.messageAlreadyDeleted) }
        return message
    }

    private func html(_ text: String) -> String {
        PostText(text).html(publicURL: chats.application.config.publicURL)
    }

    static func checkLength(_ text: String, allowEmpty: Bool) throws {
        if text.isEmpty, !allowEmpty { throw UserFacingError(.unprocessableEntity, MessagingText.messageEmpty) }
        if text.count > ChatMessage.maximumLength { throw UserFacingError(.unprocessableEntity, MessagingText.messageTooLong) }
    }

    /// The sender's own uploads, processed and attached nowhere else in chats; up to 4 pictures or 1 video.
    private func attachable(_ ids: [Int64], by memberID: Int64) async throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        let unique = ids.reduce(into: [Int64]()) { list, id in if !list.contains(id) { list.append(id) } }
        let found = try await MediaLookup(database: database).media(ids: unique)
        let media = unique.compactMap { found[$0] }
        guard media.count == unique.count, media.allSatisfy({ $0.ownerID == memberID && $0.purpose == .attachment && $0.state == .ready }),
              try await ChatMessageMedia.query(on: database).filter(\.$mediaID ~~ unique).first() == nil else {
            throw UserFacingError(.unprocessableEntity, MessagingText.mediaNotFound)
        }
        let videos = media.filter { $0.kind == .video }.count
        guard media.count <= 4, videos == 0 || media.count == 1 else { throw UserFacingError(.unprocessableEntity, MessagingText.tooManyMedia) }
        return unique
    }
}
