import Accounts
import Fluent
import Social
import TreffpunktCore
import Vapor

/// The chats in the browser: the list with the new-chat form, starting a chat from a profile, search,
/// and a group's settings. The chat itself is in `MessagesController+Chat`.
struct MessagesController {
    func boot(_ web: any RoutesBuilder) {
        web.get(MessagesURL.index.route, use: index)
        web.post(MessagesURL.index.route, use: create)
        web.get(MessagesURL.search(query: nil).route, use: search)
        web.post(MessagesURL.with(username: "").route, use: startWith)
        web.get(MessagesURL.chat(id: 0).route, use: show)
        web.get(MessagesURL.items(chat: 0).route, use: items)
        web.get(MessagesURL.item(chat: 0, message: 0).route, use: item)
        web.on(.POST, MessagesURL.send(chat: 0).route, body: .stream, use: send)
        web.get(MessagesURL.edit(chat: 0, message: 0).route, use: editForm)
        web.post(MessagesURL.edit(chat: 0, message: 0).route, use: edit)
        web.post(MessagesURL.delete(chat: 0, message: 0).route, use: delete)
        web.post(MessagesURL.read(chat: 0).route, use: read)
        web.post(MessagesURL.typing(chat: 0).route, use: typing)
        web.post(MessagesURL.rename(chat: 0).route, use: rename)
        web.post(MessagesURL.participants(chat: 0).route, use: addParticipants)
        web.post(MessagesURL.removeParticipant(chat: 0, member: 0).route, use: removeParticipant)
        web.post(MessagesURL.leave(chat: 0).route, use: leave)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await renderIndex(req, ChatListPage.Model(chats: []))
    }

    private struct NewChatForm: Content {
        var usernames: String?
        var name: String?
    }

    /// A chat with the people named; a refused choice shows beside the field, with what was typed.
    @Sendable func create(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let form = try req.content.decode(NewChatForm.self)
        do {
            let ids = try await ChatPeople(database: req.db).ids(forUsernames: form.usernames ?? "")
            let chat = try await req.chatService.start(with: ids, name: form.name, by: viewer.id).chat
            return req.redirect(to: MessagesURL.chat(id: chat.requireID()).path, redirectType: .normal)
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            return try await renderIndex(req, ChatListPage.Model(chats: [], usernames: form.usernames ?? "", name: form.name ?? "",
                                                                 error: error.message), status: .unprocessableEntity)
        }
    }

    /// "Nachricht senden" on a profile: the one-to-one chat with that person, started if need be.
    @Sendable func startWith(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        guard let member = try await MemberLookup(database: req.db).member(handle: req.parameters.get("username") ?? "") else {
            throw UserFacingError.notFound()
        }
        let chat = try await req.chatService.start(with: [member.id], name: nil, by: viewer.id).chat
        return req.redirect(to: MessagesURL.chat(id: chat.requireID()).path, redirectType: .normal)
    }

    @Sendable func search(req: Request) async throws -> Response {
        let viewer = try req.requireViewer()
        let query = req.query[String.self, at: "q"] ?? ""
        var hits: [ChatSearchPage.Hit] = []
        var error: LocalizedText?
        var names: [Int64: String] = [:]
        do {
            let found = try await ChatSearch(database: req.db).messages(matching: query, for: viewer.id)
            let chats = try await Chat.query(on: req.db).filter(\.$id ~~ Array(Set(found.map(\.chatID)))).all()
            let summaries = try await ChatListing(database: req.db).summaries(of: chats, for: viewer.id)
            let participants = summaries.flatMap(\.participants)
            let presented = try await MessagePresenter(database: req.db).present(found, participants: participants)
            let titles = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0.title) })
            names = Dictionary(summaries.flatMap { $0.members.values.map { ($0.id, $0.displayName) } }, uniquingKeysWith: { first, _ in first })
            hits = presented.map { ChatSearchPage.Hit(message: $0, chatTitle: titles[$0.message.chatID] ?? "") }
        } catch let refused as UserFacingError where refused.status == .badRequest {
            error = query.isEmpty ? nil : refused.message
        }
        return ChatSearchPage.render(query: query, hits: hits, names: names, readerID: viewer.id, error: error,
                                     context: try await req.pageContext()).response(status: error == nil ? .ok : .badRequest)
    }

    private struct NameForm: Content {
        var name: String?
    }

    @Sendable func rename(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        try await settingsChange(req, membership, success: MessagingText.renamed) {
            try await req.chatService.rename(membership, to: try req.content.decode(NameForm.self).name)
        }
        return req.redirect(to: MessagesURL.chat(id: membership.chatID).path, redirectType: .normal)
    }

    @Sendable func addParticipants(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        try await settingsChange(req, membership, success: MessagingText.added) {
            let ids = try await ChatPeople(database: req.db).ids(forUsernames: try req.content.decode(NewChatForm.self).usernames ?? "")
            try await req.chatService.add(ids, to: membership)
        }
        return req.redirect(to: MessagesURL.chat(id: membership.chatID).path, redirectType: .normal)
    }

    @Sendable func removeParticipant(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        let memberID = req.parameters.get("member", as: Int64.self) ?? 0
        try await settingsChange(req, membership, success: MessagingText.removed) {
            try await req.chatService.remove(memberID, from: membership)
        }
        let leftItself = memberID == membership.memberID
        return req.redirect(to: leftItself ? MessagesURL.index.path : MessagesURL.chat(id: membership.chatID).path, redirectType: .normal)
    }

    @Sendable func leave(req: Request) async throws -> Response {
        let membership = try await req.chatMembership()
        try await req.chatService.remove(membership.memberID, from: membership)
        req.flash(.success, MessagingText.left)
        return req.redirect(to: MessagesURL.index.path, redirectType: .normal)
    }

    /// A group setting changed, or the refusal as a message on the chat's page.
    private func settingsChange(_ req: Request, _ membership: ChatMembership, success: LocalizedText,
                                _ change: () async throws -> Void) async throws {
        do {
            try await change()
            req.flash(.success, success)
        } catch let error as UserFacingError where error.status == .unprocessableEntity {
            req.flash(.error, error.message)
        }
    }

    private func renderIndex(_ req: Request, _ model: ChatListPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        let viewer = try req.requireViewer()
        var model = model
        model.chats = try await ChatListing(database: req.db).chats(of: viewer.id)
        return ChatListPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
