import Fluent
import TreffpunktCore
import Vapor

/// Log in, log out, register, and the language switch.
struct AuthController {
    func boot(_ web: any RoutesBuilder) {
        web.get(SiteURL.login.route, use: showLogin)
        web.post(SiteURL.login.route, use: login)
        web.post(SiteURL.logout.route, use: logout)
        web.get(SiteURL.register.route, use: showRegistration)
        web.post(SiteURL.register.route, use: register)
        web.post(SiteURL.language.route, use: switchLanguage)
    }

    private struct LoginForm: Content {
        var identifier: String?
        var password: String?
        var next: String?
    }

    private struct RegistrationForm: Content {
        var username: String?
        var display_name: String?
        var email: String?
        var password: String?
        var invitation_code: String?
        var setup_token: String?
    }

    private struct LanguageForm: Content {
        var language: String?
        var return_to: String?
    }

    @Sendable func showLogin(req: Request) async throws -> Response {
        if req.viewer != nil { return req.redirect(to: .home) }
        var model = LoginPage.Model(next: SafeRedirect.localPath(req.query["next"]), registrationOpen: registrationOpen(req))
        model.offersConfirmationResend = req.hasSessionCookie && req.session.data[EmailConfirmationController.pendingAccountKey] != nil
        return LoginPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let service = LoginService(database: req.db, config: req.config, hashing: req.passwordHashing)
        let outcome = try await service.login(identifier: form.identifier ?? "", password: form.password ?? "",
                                              address: req.remoteAddress?.ipAddress)
        var model = LoginPage.Model(identifier: form.identifier ?? "", next: SafeRedirect.localPath(form.next),
                                    registrationOpen: registrationOpen(req))
        switch outcome {
        case .success(let user):
            try await req.startSession(for: user)
            req.flash(.success, AccountsText.loggedIn)
            return req.redirect(to: model.next ?? SiteURL.home.path, redirectType: .normal)
        case .wrongCredentials:
            model.error = AccountsText.loginFailed(req.language)
            return LoginPage.render(model, context: try await req.pageContext()).response(status: .unauthorized)
        case .throttled(let seconds):
            model.error = AccountsText.tooManyFailures(seconds: seconds)(req.language)
            let response = LoginPage.render(model, context: try await req.pageContext()).response(status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        case .unconfirmed(let user):
            req.session.data[EmailConfirmationController.pendingAccountKey] = String(user.requireID())
            model.error = AccountsText.emailUnconfirmed(req.language)
            model.offersConfirmationResend = true
            return LoginPage.render(model, context: try await req.pageContext()).response(status: .forbidden)
        }
    }

    @Sendable func logout(req: Request) async throws -> Response {
        try await req.endSession()
        req.flash(.info, AccountsText.loggedOut)
        return req.redirect(to: .login)
    }

    @Sendable func showRegistration(req: Request) async throws -> Response {
        if req.viewer != nil { return req.redirect(to: .home) }
        var model = registrationModel(req, invitationCode: req.query["invite"])
        model.setupToken = req.query["setup"]
        return RegisterPage.render(model, context: try await req.pageContext()).response()
    }

    @Sendable func register(req: Request) async throws -> Response {
        let form = try req.content.decode(RegistrationForm.self)
        let input = RegistrationInput(username: form.username ?? "", displayName: form.display_name ?? "",
                                      email: form.email ?? "", password: form.password ?? "",
                                      invitationCode: form.invitation_code, setupToken: form.setup_token)
        let service = RegistrationService(database: req.db, config: req.config, hashing: req.passwordHashing)
        switch try await service.register(input, language: req.language) {
        case .registered(let user):
            try await req.startSession(for: user)
            req.flash(.success, AccountsText.welcome(user.displayName))
            return req.redirect(to: .home)
        case .awaitingConfirmation(let user):
            req.session.data[EmailConfirmationController.pendingAccountKey] = String(user.requireID())
            req.flash(.info, AccountsText.confirmationSent(user.email))
            return req.redirect(to: .login)
        case .invalid(let errors):
            var model = registrationModel(req, invitationCode: form.invitation_code)
            let typed = input.normalized
            model.username = typed.username
            model.displayName = typed.displayName
            model.email = typed.email
            model.errors = errors
            // A refused setup link is not offered again: the next try registers an ordinary member.
            model.setupToken = errors["setup_token"] == nil ? typed.setupToken : nil
            return RegisterPage.render(model, context: try await req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    @Sendable func switchLanguage(req: Request) async throws -> Response {
        let form = try req.content.decode(LanguageForm.self)
        guard let language = form.language.flatMap({ AppLanguage(rawValue: $0.lowercased()) }) else {
            throw Abort(.badRequest, reason: AccountsText.invalidLanguage(req.language))
        }
        if let user = try? req.requireUser() {
            try await AccountService(database: req.db, hashing: req.passwordHashing).setLanguage(of: user, to: language)
        }
        req.session.data[SessionKeys.language] = language.rawValue
        req.flash(.info, AccountsText.languageChanged)
        return req.redirect(to: SafeRedirect.localPath(form.return_to) ?? SiteURL.home.path, redirectType: .normal)
    }

    private func registrationOpen(_ req: Request) -> Bool {
        req.config.registrationMode != .closed
    }

    private func registrationModel(_ req: Request, invitationCode: String?) -> RegisterPage.Model {
        let config = req.config
        let notice: LocalizedText? = switch config.registrationMode {
        case .open: nil
        case .domain: AccountsText.registrationDomains(config.registrationDomains.joined(separator: ", "))
        case .closed: invitationCode == nil ? AccountsText.registrationClosed : nil
        }
        return RegisterPage.Model(invitationCode: invitationCode, notice: notice, asksForInvitation: config.registrationMode == .closed)
    }
}
