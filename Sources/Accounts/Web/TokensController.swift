import Fluent
import TreffpunktCore
import Vapor

/// The member's personal API access tokens.
struct TokensController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.settingsTokens.route, use: show)
        web.post(SiteURL.settingsTokens.route, use: create)
        web.post(SiteURL.settingsTokenRevoke(id: 0).route, use: revoke)
    }

    private struct TokenForm: Content {
        var name: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return try await page(req, user: user, model: .init(tokens: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let name = AccountRules.singleLine(try req.content.decode(TokenForm.self).name)
        var errors = FormErrors()
        AccountRules.checkText(name, maximum: 100, required: true, into: &errors, field: "name")
        guard errors.isEmpty else {
            return try await page(req, user: user, model: .init(tokens: [], name: name, errors: errors), status: .unprocessableEntity)
        }
        let (_, token) = try await TokenService(database: req.db).create(for: user.requireID(), name: name)
        return try await page(req, user: user, model: .init(tokens: [], newToken: token), status: .created)
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id", as: Int64.self),
              try await TokenService(database: req.db).revoke(tokenID: id, of: user.requireID()) else {
            throw Abort(.notFound)
        }
        req.flash(.success, AccountsText.tokenRevoked)
        return req.redirect(to: .settingsTokens)
    }

    private func page(_ req: Request, user: User, model: TokensPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        var model = model
        model.tokens = try await TokenService(database: req.db).list(for: user.requireID()).map { token in
            TokensPage.Token(id: token.id ?? 0, name: token.name, appName: token.application?.name, createdAt: token.createdAt,
                             lastUsedAt: token.lastUsedAt, isRevoked: token.revokedAt != nil)
        }
        return TokensPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
