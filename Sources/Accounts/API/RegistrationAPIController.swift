import Fluent
import TreffpunktCore
import Vapor

/// Mastodon's `POST /api/v1/accounts`: a client app registers a person and receives their token.
struct RegistrationAPIController {
    func boot(_ api: any RoutesBuilder) {
        api.grouped("v1", "accounts").post(use: register)
    }

    private struct SignUpForm: Decodable {
        var username: String?
        var email: String?
        var password: String?
        var agreement: LenientBool?
        var locale: String?
        /// Only kept for moderators when registrations need approval, which Treffpunkt does not ask for.
        var reason: String?
        var invite_code: String?
    }

    @Sendable func register(req: Request) async throws -> Response {
        let caller = try req.requireAppToken(scopes: "write", "write:accounts")
        guard let application = try await OAuthApplication.find(caller.applicationID, on: req.db) else {
            throw Abort(.unauthorized, reason: AccountsText.tokenInvalid(req.language))
        }
        let form = try req.fields(SignUpForm.self, orIfEmpty: SignUpForm())
        let signUp = AppSignUpService.SignUp(username: form.username ?? "", email: form.email ?? "", password: form.password ?? "",
                                             agreement: form.agreement?.value ?? false, locale: form.locale,
                                             invitationCode: form.invite_code)
        let service = AppSignUpService(database: req.db, config: req.config, hashing: req.passwordHashing)
        switch try await service.signUp(signUp, through: application, requestLanguage: req.language) {
        case .registered(let issued):
            let response = try await MastodonToken(issued).encodeResponse(for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        case .closed:
            throw Abort(.forbidden, reason: AccountsText.registrationClosed(req.language))
        case .invalid(var errors):
            // The display name is the username here; its problems are the username's and are reported there.
            if errors.fields != ["display_name"] { errors["display_name"] = nil }
            let response = Response(status: .unprocessableEntity)
            try response.content.encode(MastodonValidationError(errors, language: req.language), as: .json)
            return response
        }
    }
}
