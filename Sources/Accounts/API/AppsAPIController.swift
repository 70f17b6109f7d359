import Fluent
import TreffpunktCore
import Vapor

/// Mastodon's app registration: `POST /api/v1/apps` and `GET /api/v1/apps/verify_credentials`.
struct AppsAPIController {
    func boot(_ api: any RoutesBuilder) {
        let apps = api.grouped("v1", "apps")
        apps.post(use: create)
        apps.get("verify_credentials", use: verifyCredentials)
    }

    private struct AppForm: Decodable {
        var client_name: String?
        var redirect_uris: StringOrList?
        var scopes: StringOrList?
        var website: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        let form = try req.fields(AppForm.self, orIfEmpty: AppForm())
        let registration = ApplicationService.Registration(
            name: form.client_name, website: form.website, redirectURIs: form.redirect_uris?.values ?? [],
            scopes: form.scopes?.values.joined(separator: " ")
        )
        switch try await ApplicationService(database: req.db).register(registration) {
        case .registered(let application, let secret):
            let response = try await MastodonApplication(application, clientSecret: secret).encodeResponse(for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        case .invalid(let errors):
            throw Abort(.unprocessableEntity, reason: "\(AccountsText.validationFailed(req.language)): \(errors.summary(in: req.language))")
        }
    }

    /// Any token issued to an app names it: its own app token or a member's token it obtained.
    @Sendable func verifyCredentials(req: Request) async throws -> MastodonApplication {
        guard let caller = req.callingApp else {
            if req.headers.bearerAuthorization != nil {
                throw Abort(.notFound, reason: AccountsText.tokenWithoutApp(req.language))
            }
            throw Abort(.unauthorized, reason: AccountsText.tokenInvalid(req.language))
        }
        guard let application = try await OAuthApplication.find(caller.applicationID, on: req.db) else {
            throw Abort(.unauthorized, reason: AccountsText.tokenInvalid(req.language))
        }
        return MastodonApplication(application)
    }
}
