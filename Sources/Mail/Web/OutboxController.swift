import TreffpunktCore
import Vapor

/// Administrators read the outbox: every message with its state, and one message's text, so mail is
/// readable without a mail server and a failed delivery is seen.
struct OutboxController {
    static let pageSize = 50

    func boot(_ web: any RoutesBuilder) {
        web.get(OutboxURL.list(before: nil).route, use: list)
        web.get(OutboxURL.message(id: 0).route, use: show)
    }

    @Sendable func list(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        var before: Int64?
        if let raw = req.query[String.self, at: "before"] {
            guard let id = Int64(raw) else { throw UserFacingError(.badRequest, MailText.invalidCursor) }
            before = id
        }
        let messages = try await MailOutbox(database: req.db).page(before: before, limit: Self.pageSize)
        let olderURL = messages.count == Self.pageSize ? messages.last.map { OutboxURL.list(before: $0.requireID()).path } : nil
        let model = OutboxPage.Model(messages: messages.map(OutboxPage.Row.init), olderURL: olderURL,
                                     deliversMail: req.config.mail.server != nil)
        return OutboxPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        guard let id = req.parameters.get("id", as: Int64.self),
              let message = try await MailOutbox(database: req.db).message(id: id) else {
            throw UserFacingError.notFound(MailText.messageNotFound)
        }
        return OutboxMessagePage.render(message, context: try await req.pageContext()).response()
    }
}
