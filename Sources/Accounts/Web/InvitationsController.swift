import Fluent
import Mail
import TreffpunktCore
import Vapor

/// Admins create invitations, the way in while registration is closed.
struct InvitationsController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.adminInvitations.route, use: show)
        web.post(SiteURL.adminInvitations.route, use: create)
        web.post(PasswordInvitationURL.route, use: inviteEveryoneWithoutPassword)
    }

    private struct InvitationForm: Content {
        var email: String?
        /// The language of the mail sent to `email`.
        var language: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return try await page(req, model: .init(invitations: [], mailLanguage: req.language))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let admin = try req.requireAdmin()
        let form = try req.content.decode(InvitationForm.self)
        let email = AccountRules.singleLine(form.email).lowercased()
        let language = form.language.map { AppLanguage(rawValue: $0) } ?? req.language
        var errors = FormErrors()
        if !email.isEmpty {
            AccountRules.checkEmail(email, into: &errors)
            if errors.isEmpty, !MailOutbox.canDeliver(to: email) { errors.add("email", AccountsText.invitationEmailNotDeliverable) }
        }
        if language == nil { errors.add("language", AccountsText.invitationLanguageInvalid) }
        guard errors.isEmpty, let language else {
            let model = InvitationsPage.Model(invitations: [], email: email, mailLanguage: language ?? req.language, errors: errors)
            return try await page(req, model: model, status: .unprocessableEntity)
        }
        let service = InvitationService(database: req.db)
        guard !email.isEmpty else {
            let (_, code) = try await service.create(by: admin.id, email: nil)
            let link = InvitationService.link(code: code, config: req.config)
            return try await page(req, model: .init(invitations: [], newLink: link, mailLanguage: req.language), status: .created)
        }
        let link = try await service.createAndMail(by: admin, email: email, language: language, config: req.config, now: Date())
        let model = InvitationsPage.Model(invitations: [], newLink: link, mailedTo: email, mailLanguage: req.language)
        return try await page(req, model: model, status: .created)
    }

    private struct ReturnForm: Content {
        var return_to: String?
    }

    @Sendable func inviteEveryoneWithoutPassword(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        let returnTo = SafeRedirect.localPath(try req.content.decode(ReturnForm.self).return_to) ?? SiteURL.adminInvitations.path
        let sent = try await PasswordInvitationService(database: req.db, config: req.config)
            .inviteEveryoneWithoutPassword(fallbackLanguage: req.language, now: Date())
        req.flash(.success, AccountsText.passwordInvitationsSent(sent))
        return req.redirect(to: returnTo, redirectType: .normal)
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
