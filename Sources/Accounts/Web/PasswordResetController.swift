import Foundation
import TreffpunktCore
import Vapor

/// "Forgot your password?": asking for a link, and the form the link opens.
struct PasswordResetController {
    func boot(_ web: any RoutesBuilder) {
        web.get(PasswordResetURL.request.route, use: showRequest)
        web.post(PasswordResetURL.request.route, use: request)
        web.get(PasswordResetURL.reset(token: "").route, use: showReset)
        web.post(PasswordResetURL.setPassword.route, use: reset)
    }

    private struct RequestForm: Content {
        var email: String?
    }

    private struct ResetForm: Content {
        var token: String?
        var password: String?
    }

    @Sendable func showRequest(req: Request) async throws -> Response {
        PasswordForgotPage.render(.init(), context: try await req.pageContext()).response()
    }

    @Sendable func request(req: Request) async throws -> Response {
        let form = try req.content.decode(RequestForm.self)
        var model = PasswordForgotPage.Model(email: AccountRules.singleLine(form.email))
        var errors = FormErrors()
        AccountRules.checkEmail(model.email, into: &errors)
        if let error = errors["email"] {
            model.error = error
            return PasswordForgotPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
        switch try await service(req).request(email: model.email, address: req.remoteAddress?.ipAddress,
                                              fallbackLanguage: req.language, now: Date()) {
        case .accepted:
            model.notice = AccountsText.resetRequested
            return PasswordForgotPage.render(model, context: try await req.pageContext()).response()
        case .throttled(let seconds):
            model.error = AccountsText.resetTooMany(minutes: (seconds + 59) / 60)
            let response = PasswordForgotPage.render(model, context: try await req.pageContext()).response(status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        }
    }

    @Sendable func showReset(req: Request) async throws -> Response {
        let token = try Self.token(req.query["token"])
        let link = try await service(req).check(token: token, now: Date())
        guard case .valid = link else { throw Self.refusal(link) }
        return PasswordResetPage.render(.init(token: token), context: try await req.pageContext()).response()
    }

    @Sendable func reset(req: Request) async throws -> Response {
        let form = try req.content.decode(ResetForm.self)
        let token = try Self.token(form.token)
        switch try await service(req).reset(token: token, newPassword: form.password ?? "", now: Date()) {
        case .done(let user):
            try await req.startSession(for: user)
            req.flash(.success, AccountsText.passwordSetByLink)
            return req.redirect(to: .home)
        case .invalid(let errors):
            return PasswordResetPage.render(.init(token: token, errors: errors), context: try await req.pageContext())
                .response(status: .unprocessableEntity)
        case .refused(let link):
            throw Self.refusal(link)
        }
    }

    private func service(_ req: Request) -> PasswordResetService {
        PasswordResetService(database: req.db, config: req.config, hashing: req.passwordHashing)
    }

    private static func token(_ value: String?) throws -> String {
        guard let value, !value.isEmpty else { throw UserFacingError(.badRequest, AccountsText.resetTokenMissing) }
        return value
    }

    private static func refusal(_ link: PasswordResetService.Link) -> UserFacingError {
        switch link {
        case .unknown, .valid: UserFacingError(.notFound, AccountsText.resetTokenUnknown)
        case .used: UserFacingError(.gone, AccountsText.resetTokenUsed)
        case .expired: UserFacingError(.gone, AccountsText.resetTokenExpired)
        }
    }
}
