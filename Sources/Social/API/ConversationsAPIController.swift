import TreffpunktCore
import Vapor

/// Mastodon's conversations: the reader's direct threads, newest activity first, marked read or
/// removed one by one. Someone who takes no part in a thread finds no conversation (404).
struct ConversationsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let conversations = api.grouped("v1", "conversations")
        conversations.get(use: list)
        conversations.post(":id", "read", use: read)
        conversations.delete(":id", use: remove)
    }

    /// Paged on the threads' newest posts (`max_id`, `since_id`, `min_id` are post ids), as Mastodon does.
    @Sendable func list(req: Request) async throws -> Response {
        try req.requireScope("read", "read:statuses")
        let entries = try await ConversationService(database: req.db).list(for: try await req.audienceViewer(), page: try req.pageRequest())
        return try req.paged(try await render(entries, req), cursors: entries.map(\.lastStatusID))
    }

    @Sendable func read(req: Request) async throws -> MastodonConversation {
        try req.requireScope("write", "write:conversations")
        let entry = try await conversation(req)
        try await ConversationService(database: req.db).markRead(entry.rootID, for: entry.memberID)
        let updated = try await conversation(req)
        guard let rendered = try await render([updated], req).first else { throw UserFacingError.notFound(SocialText.conversationNotFound) }
        return rendered
    }

    @Sendable func remove(req: Request) async throws -> EmptyObject {
        try req.requireScope("write", "write:conversations")
        let entry = try await conversation(req)
        try await ConversationService(database: req.db).remove(entry.rootID, for: entry.memberID)
        return EmptyObject()
    }

    private func conversation(_ req: Request) async throws -> ConversationMember {
        guard let id = req.parameters.get("id", as: Int64.self),
              let entry = try await ConversationService(database: req.db).find(id, for: try await req.audienceViewer()) else {
            throw UserFacingError.notFound(SocialText.conversationNotFound)
        }
        return entry
    }

    private func render(_ entries: [ConversationMember], _ req: Request) async throws -> [MastodonConversation] {
        try await ConversationPresenter(application: req.application, database: req.db, language: req.language)
            .render(entries, presentingAs: try await req.audienceViewer(), personal: true)
    }
}
