import Accounts
import Fluent
import Foundation
import TreffpunktCore
import Vapor

/// Starting chats and managing who takes part. Every change is written in one transaction and then
/// published to the participants (`ChatEvents`). Whoever does not take part in a chat gets 404.
struct ChatService {
    static let maximumGroupSize = 100
    static let maximumNameLength = 100

    let database: any Database
    let application: Application
    let language: AppLanguage

    var events: ChatEvents { ChatEvents(application: application, database: database, language: language) }

    /// A one-to-one chat with one person (the existing one if there is one), or a group when more
    /// people or a name are given. Returns the chat and whether it is new.
    func start(with memberIDs: [Int64], name rawName: String?, by creatorID: Int64) async throws -> (chat: Chat, created: Bool) {
        let others = try await ChatPeople(database: database).check(memberIDs, by: creatorID)
        let name = try Self.checkedName(rawName)
        if others.count == 1, name == nil {
            return try await direct(creatorID, others[0])
        }
        let chat = Chat(name: name, isGroup: true, directKey: nil, createdBy: creatorID)
        try await database.writeTransaction { db in
            try await chat.create(on: db)
            for memberID in [creatorID] + others {
                try await ChatParticipant(chatID: chat.requireID(), memberID: memberID, lastReadMessageID: nil).create(on: db)
            }
        }
        try await events.conversation(chat, by: creatorID)
        return (chat, true)
    }

    /// The one chat of two people; when both start it at the same moment, the unique key lets one
    /// write it and the other finds it.
    private func direct(_ a: Int64, _ b: Int64) async throws -> (chat: Chat, created: Bool) {
        let key = Chat.directKey(a, b)
        if let existing = try await Chat.query(on: database).filter(\.$directKey == key).first() { return (existing, false) }
        let chat = Chat(name: nil, isGroup: false, directKey: key, createdBy: a)
        do {
            try await database.writeTransaction { db in
                try await chat.create(on: db)
                for memberID in [a, b] {
                    try await ChatParticipant(chatID: chat.requireID(), memberID: memberID, lastReadMessageID: nil).create(on: db)
                }
            }
        } catch where error.isUniqueViolation {
            guard let existing = try await Chat.query(on: database).filter(\.$directKey == key).first() else { throw error }
            return (existing, false)
        }
        try await events.conversation(chat, by: a)
        return (chat, true)
    }

    /// A group's new name (empty: none).
    func rename(_ membership: ChatMembership, to rawName: String?) async throws {
        try Self.requireGroup(membership)
        let name = try Self.checkedName(rawName)
        let chat = membership.chat
        chat.name = name
        try await database.writeTransaction { db in try await chat.save(on: db) }
        try await events.conversation(chat, by: membership.memberID)
    }

    /// Adds people to a group (again, if they had left); they start reading at the newest message.
    func add(_ memberIDs: [Int64], to membership: ChatMembership) async throws {
        try Self.requireGroup(membership)
        let newcomers = try await ChatPeople(database: database).check(memberIDs, by: membership.memberID)
            .filter { !membership.participantIDs.contains($0) }
        guard membership.participants.count + newcomers.count <= Self.maximumGroupSize else {
            throw UserFacingError(.unprocessableEntity, MessagingText.tooManyPeople)
        }
        guard !newcomers.isEmpty else { return }
        let chat = membership.chat
        try await database.writeTransaction { db in
            let former = try await ChatParticipant.query(on: db).filter(\.$chatID == chat.requireID()).filter(\.$memberID ~~ newcomers).all()
            for memberID in newcomers {
                let row = former.first { $0.memberID == memberID }
                    ?? ChatParticipant(chatID: chat.requireID(), memberID: memberID, lastReadMessageID: nil)
                row.leftAt = nil
                row.joinedAt = Date()
                row.lastReadMessageID = chat.lastMessageID
                try await row.save(on: db)
            }
        }
        try await events.conversation(chat, by: membership.memberID)
    }

    /// Removes someone from a group; removing oneself is leaving. They no longer see the chat.
    func remove(_ memberID: Int64, from membership: ChatMembership) async throws {
        try Self.requireGroup(membership)
        guard let row = membership.participants.first(where: { $0.memberID == memberID }) else {
            throw UserFacingError(.unprocessableEntity, MessagingText.notAParticipant)
        }
        row.leftAt = Date()
        try await database.writeTransaction { db in try await row.save(on: db) }
        let remaining = membership.participants.filter { $0.memberID != memberID }
        guard !remaining.isEmpty else { return }
        try await events.conversation(membership.chat, by: membership.memberID)
    }

    private static func requireGroup(_ membership: ChatMembership) throws {
        guard membership.chat.isGroup else { throw UserFacingError(.unprocessableEntity, MessagingText.onlyGroups) }
    }

    /// Trimmed; empty is no name; too long is refused.
    static func checkedName(_ raw: String?) throws -> String? {
        let name = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard name.count <= maximumNameLength else { throw UserFacingError(.unprocessableEntity, MessagingText.nameTooLong) }
        return name.isEmpty ? nil : name
    }
}
