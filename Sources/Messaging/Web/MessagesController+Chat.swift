import Accounts
import Fluent
import Media
import Social
import TreffpunktCore
import Vapor

/// The chat's page and what happens on it: sending (a plain form with attachments, or the same by
/// chat.js), editing, deleting, read marks, typing, and the message fragments chat.js inserts live.
extension MessagesController {
    /// The newest messages (or those before `before`); showing the newest marks them read.
    @Sendable func show(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let before = req.query[Int64.self, at: "before"]
        if before == nil, let newest = membership.chat.lastMessageID {
            try await req.messageService.markRead(upTo: newest, in: membership)
        }
        return try await renderChat(req, before: before)
    }

    /// Messages after `after`, oldest first, as a fragment for chat.js (at most one page; it asks again for more).
    @Sendable func items(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let messages = try await ChatListing(database: req.db).messages(in: membership.chatID, after: req.query[Int64.self, at: "after"] ?? 0)
        return try await fragment(req, membership, messages)
    }

    /// One message as a fragment (after an edit or a deletion).
    @Sendable func item(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        return try await fragment(req, membership, [try await membership.message(try req.messageID("message"), on: req.db)])
    }

    /// A new message. Sent by chat.js (`X-Requested-With: fetch`) it answers 204 or the refusal as JSON;
    /// from a plain form it shows the chat again, a refused text still in the composer.
    @Sendable func send(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let form = try await FormSubmission.read(req)
        defer { form.removeFiles() }
        let text = form["text"] ?? ""
        let byScript = req.headers.first(name: "X-Requested-With") == "fetch"
        var media: [MediaAttachment] = []
        do {
            // Too long is refused before any file is stored; empty without files the service refuses.
            try MessageService.checkLength(text.trimmingCharacters(in: .whitespacesAndNewlines), allowEmpty: true)
            media = try await form.uploadMedia(by: membership.memberID, on: req)
            let message = try await req.messageService.send(text, mediaIDs: media.map { $0.requireID() }, in: membership)
            if byScript { return Response(status: .noContent) }
            return req.redirect(to: MessagesURL.chat(id: membership.chatID).path + "#message-\(message.requireID())", redirectType: .normal)
        } catch let error as UserFacingError where error.status.code < 500 {
            try await FormSubmission.discard(media, on: req)
            if byScript { throw error }
            return try await renderChat(req, draft: text, error: error.message, status: error.status)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let message = try await membership.message(try req.messageID("message"), on: req.db)
        guard message.authorID == membership.memberID, !message.isDeleted else { throw UserFacingError(.forbidden, MessagingText.notYourMessage) }
        return EditMessagePage.render(chatID: membership.chatID, messageID: message.requireID(), text: message.text, error: nil,
                                      context: try await req.pageContext()).response()
    }

    private struct TextForm: Content {
        var text: String?
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let messageID = try req.messageID("message")
        let text = try req.content.decode(TextForm.self).text ?? ""
        do {
            _ = try await req.messageService.edit(messageID, to: text, in: membership)
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return EditMessagePage.render(chatID: membership.chatID, messageID: messageID, text: text, error: error.message,
                                          context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
        req.flash(.success, MessagingText.messageEdited)
        return req.redirect(to: MessagesURL.chat(id: membership.chatID).path + "#message-\(messageID)", redirectType: .normal)
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let messageID = try req.messageID("message")
        try await req.messageService.delete(messageID, in: membership, media: req.mediaService)
        req.flash(.success, MessagingText.messageDeleted)
        return req.redirect(to: MessagesURL.chat(id: membership.chatID).path + "#message-\(messageID)", redirectType: .normal)
    }

    private struct ReadForm: Content {
        var last_read_id: String?
    }

    /// chat.js reports what the reader has seen.
    @Sendable func read(req: Request) async throws -> HTTPStatus {
        let membership = try await req.chatMembership()
        guard let id = (try req.content.decode(ReadForm.self).last_read_id).flatMap({ Int64($0) }) else {
            throw UserFacingError(.unprocessableEntity, MessagingText.invalidID)
        }
        try await req.messageService.markRead(upTo: id, in: membership)
        return .noContent
    }

    @Sendable func typing(req: Request) async throws -> HTTPStatus {
        try await req.messageService.typing(in: try await req.chatMembership())
        return .noContent
    }

    // MARK: - Helpers

    func renderChat(_ req: Request, before: Int64? = nil, draft: String = "", error: LocalizedText? = nil,
                    status: HTTPResponseStatus = .ok) async throws -> Response {
        let viewer = try req.requireViewer()
        // Loaded anew: showing the page may just have moved the reader's read mark.
        let membership = try await ChatMembership.load(try await req.chatMembership().chatID, for: viewer.id, on: req.db)
        let listing = ChatListing(database: req.db)
        guard let summary = try await listing.summaries(of: [membership.chat], for: viewer.id).first else {
            throw UserFacingError.notFound(MessagingText.chatNotFound)
        }
        let messages = try await listing.messages(in: membership.chatID, before: before)
        let presented = try await MessagePresenter(database: req.db).present(messages, participants: membership.participants)
        let olderURL = messages.count == ChatListing.messagePage ? messages.first.map { MessagesURL.chat(id: membership.chatID, before: $0.requireID()).path } : nil
        let model = ChatPage.Model(summary: summary, messages: presented, olderURL: olderURL, draft: draft, error: error,
                                   names: try await names(req, summary, presented))
        return ChatPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    private func fragment(_ req: Request, _ membership: ChatMembership, _ messages: [ChatMessage]) async throws -> Response {
        let presented = try await MessagePresenter(database: req.db).present(messages, participants: membership.participants)
        let summary = ChatSummary(chat: membership.chat, participants: membership.participants,
                                  members: try await MemberLookup(database: req.db).members(ids: membership.participantIDs),
                                  lastMessage: nil, unread: 0, readerID: membership.memberID)
        let html = MessageItem.fragment(presented, chatID: membership.chatID, readerID: membership.memberID,
                                        names: try await names(req, summary, presented), context: try await req.pageContext())
        return Response.html(html)
    }

    /// Display names of the participants and of the authors shown (some may have left).
    private func names(_ req: Request, _ summary: ChatSummary, _ messages: [PresentedMessage]) async throws -> [Int64: String] {
        var names = Dictionary(summary.members.values.map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        for message in messages { if let author = message.author { names[author.id] = author.displayName } }
        return names
    }
}
