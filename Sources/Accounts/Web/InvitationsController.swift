import Fluent
import TreffpunktCore
import Vapor

/// Admins create invitations, the way in while registration is closed.
struct InvitationsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.adminInvitations.route, use: show)
        web.post(SiteURL.adminInvitations.route, use: create)
    }

    private struct InvitationForm: Content {
        var email: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return try await page(req, model: .init(invitations: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let admin = try req.requireAdmin()
        let email = AccountRules.singleLine(try req.content.decode(InvitationForm.self).email).lowercased()
        var errors = FormErrors()
        if !email.isEmpty {
            AccountRules.checkEmail(email, into: &errors)
        }
        guard errors.isEmpty else {
            return try await page(req, model: .init(invitations: [], email: email, errors: errors), status: .unprocessableEntity)
        }
        let (_, code) = try await InvitationService(database: req.db).create(by: admin.id, email: email.isEmpty ? nil : email)
        let link = "\(req.config.publicURL)\(SiteURL.register.path)?invite=\(code)"
        return try await page(req, model: .init(invitations: [], newLink: link), status: .created)
    }

    private func page(_ req: Request, model: InvitationsPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        var model = model
        let now = Date()
        model.invitations = try await InvitationService(database: req.db).list().map { invitation in
            let state: InvitationsPage.Invitation.State = invitation.usedAt != nil ? .used : (invitation.expiresAt <= now ? .expired : .open)
            return InvitationsPage.Invitation(email: invitation.email, expiresAt: invitation.expiresAt, state: state)
        }
        return InvitationsPage.render(model, context: try await req.pageContext()).response(status: status)
    }
}
