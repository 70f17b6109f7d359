import Fluent
import Social
import TreffpunktCore
import Vapor

/// The chat API (bearer token with `read`/`write`, or the browser's session): chats, their people and
/// messages. Anyone not taking part in a chat gets 404 for it and for everything in it.
struct ChatsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let chats = api.grouped("v1", "chats")
        chats.get(use: list)
        chats.post(use: create)
        chats.get("search", use: search)
        chats.get(":id", use: show)
        chats.patch(":id", use: rename)
        chats.post(":id", "participants", use: addParticipants)
        chats.delete(":id", "participants", ":account_id", use: removeParticipant)
        chats.get(":id", "messages", use: messages)
        chats.post(":id", "messages", use: send)
        chats.put(":id", "messages", ":mid", use: edit)
        chats.delete(":id", "messages", ":mid", use: delete)
        chats.post(":id", "read", use: read)
    }

    @Sendable func list(req: Request) async throws -> [APIChat] {
        try req.requireScope("read", "read:statuses")
        let viewer = try req.requireViewer()
        let summaries = try await ChatListing(database: req.db).chats(of: viewer.id)
        let json = try await Self.json(req, summaries)
        return summaries.map(json.chat)
    }

    @Sendable func create(req: Request) async throws -> APIChat {
        try req.requireScope("write", "write:statuses")
        let viewer = try req.requireViewer()
        let form = try req.fields(ChatCreateForm.self, orIfEmpty: ChatCreateForm())
        let chat = try await req.chatService.start(with: form.account_ids?.ids ?? [], name: form.name, by: viewer.id).chat
        return try await Self.chat(chat.requireID(), req)
    }

    @Sendable func show(req: Request) async throws -> APIChat {
        try req.requireScope("read", "read:statuses")
        return try await Self.chat(try await req.chatMembership().chatID, req)
    }

    @Sendable func rename(req: Request) async throws -> APIChat {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        let form = try req.fields(ChatRenameForm.self, orIfEmpty: ChatRenameForm())
        try await req.chatService.rename(membership, to: form.name)
        return try await Self.chat(membership.chatID, req)
    }

    @Sendable func addParticipants(req: Request) async throws -> APIChat {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        let form = try req.fields(ChatParticipantsForm.self, orIfEmpty: ChatParticipantsForm())
        try await req.chatService.add(form.account_ids?.ids ?? [], to: membership)
        return try await Self.chat(membership.chatID, req)
    }

    /// Removing oneself is leaving: the answer is then empty, as the chat is gone for the caller.
    @Sendable func removeParticipant(req: Request) async throws -> Response {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        guard let accountID = req.parameters.get("account_id", as: Int64.self) else {
            throw UserFacingError(.unprocessableEntity, MessagingText.notAParticipant)
        }
        try await req.chatService.remove(accountID, from: membership)
        guard accountID != membership.memberID else { return try await EmptyObject().encodeResponse(for: req) }
        return try await Self.chat(membership.chatID, req).encodeResponse(for: req)
    }

    /// Newest first with Mastodon's paging (`max_id`, `since_id`, `min_id`, `limit`) and `Link` header.
    @Sendable func messages(req: Request) async throws -> Response {
        try req.requireScope("read", "read:statuses")
        let membership = try await req.chatMembership()
        let page = try req.pageRequest()
        let messages = try await ChatListing(database: req.db).messages(in: membership.chatID, before: page.maxID, after: page.minID,
                                                                          sinceID: page.sinceID, limit: page.limit)
        let presented = try await MessagePresenter(database: req.db).present(messages.reversed(), participants: membership.participants)
        let json = try await ChatJSON.load(application: req.application, database: req.db, language: req.language,
                                           members: presented.map(\.message.authorID), withMedia: presented.contains { !$0.media.isEmpty })
        return try req.paged(presented.compactMap { json.message($0, for: membership.memberID) }, cursors: presented.map(\.id))
    }

    @Sendable func send(req: Request) async throws -> APIMessage {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        let form = try req.fields(ChatMessageForm.self, orIfEmpty: ChatMessageForm())
        let message = try await req.messageService.send(form.content ?? "", mediaIDs: form.media_ids?.ids ?? [], in: membership)
        return try await Self.message(message, membership, req)
    }

    @Sendable func edit(req: Request) async throws -> APIMessage {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        let form = try req.fields(ChatMessageForm.self, orIfEmpty: ChatMessageForm())
        let message = try await req.messageService.edit(try req.messageID("mid"), to: form.content ?? "", in: membership)
        return try await Self.message(message, membership, req)
    }

    @Sendable func delete(req: Request) async throws -> EmptyObject {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        try await req.messageService.delete(try req.messageID("mid"), in: membership, media: req.mediaService)
        return EmptyObject()
    }

    @Sendable func read(req: Request) async throws -> APIChat {
        try req.requireScope("write", "write:statuses")
        let membership = try await req.chatMembership()
        let form = try req.fields(ChatReadForm.self, orIfEmpty: ChatReadForm())
        guard let lastReadID = form.last_read_id?.value else { throw UserFacingError(.unprocessableEntity, MessagingText.invalidID) }
        try await req.messageService.markRead(upTo: lastReadID, in: membership)
        return try await Self.chat(membership.chatID, req)
    }

    /// Messages of the caller's chats matching `q`, newest first (`max_id` pages on).
    @Sendable func search(req: Request) async throws -> Response {
        try req.requireScope("read", "read:statuses")
        let viewer = try req.requireViewer()
        let page = try req.pageRequest()
        let found = try await ChatSearch(database: req.db).messages(matching: req.query[String.self, at: "q"] ?? "", for: viewer.id,
                                                                      before: page.maxID, limit: page.limit)
        let participants = try await ChatParticipant.query(on: req.db).filter(\.$chatID ~~ Array(Set(found.map(\.chatID))))
            .filter(\.$leftAt == nil).all()
        let presented = try await MessagePresenter(database: req.db).present(found, participants: participants)
        let json = try await ChatJSON.load(application: req.application, database: req.db, language: req.language,
                                           members: presented.map(\.message.authorID), withMedia: presented.contains { !$0.media.isEmpty })
        return try req.paged(presented.compactMap { json.message($0, for: viewer.id) }, cursors: presented.map(\.id))
    }

    // MARK: - Helpers

    private static func chat(_ chatID: Int64, _ req: Request) async throws -> APIChat {
        let viewer = try req.requireViewer()
        let membership = try await ChatMembership.load(chatID, for: viewer.id, on: req.db)
        guard let summary = try await ChatListing(database: req.db).summaries(of: [membership.chat], for: viewer.id).first else {
            throw UserFacingError.notFound(MessagingText.chatNotFound)
        }
        return try await json(req, [summary]).chat(summary)
    }

    private static func json(_ req: Request, _ summaries: [ChatSummary]) async throws -> ChatJSON {
        try await ChatJSON.load(application: req.application, database: req.db, language: req.language,
                                members: summaries.flatMap { $0.participants.map(\.memberID) },
                                withMedia: summaries.contains { !($0.lastMessage?.media.isEmpty ?? true) })
    }

    private static func message(_ message: ChatMessage, _ membership: ChatMembership, _ req: Request) async throws -> APIMessage {
        let current = try await ChatMembership.load(membership.chatID, for: membership.memberID, on: req.db)
        guard let presented = try await MessagePresenter(database: req.db).present([message], participants: current.participants).first,
              let json = try await ChatJSON.load(application: req.application, database: req.db, language: req.language,
                                                 members: [message.authorID], withMedia: !presented.media.isEmpty)
                .message(presented, for: membership.memberID) else {
            throw UserFacingError.notFound(MessagingText.messageNotFound)
        }
        return json
    }
}
