import Fluent
import Foundation
import TreffpunktCore

/// Registers client apps (`POST /api/v1/apps`) and checks their credentials.
struct ApplicationService {
    static let nameMaximum = 60
    static let websiteMaximum = 2000

    /// What an app sends to register; `nil` stands for a field it left out.
    struct Registration: Sendable {
        var name: String?
        var website: String?
        var redirectURIs: [String]
        var scopes: String?
    }

    enum Outcome {
        /// The secret is returned this once; only its digest is kept.
        case registered(OAuthApplication, clientSecret: String)
        case invalid(FormErrors)
    }

    let database: any Database

    func register(_ registration: Registration) async throws -> Outcome {
        var errors = FormErrors()
        let name = AccountRules.singleLine(registration.name)
        AccountRules.checkText(name, maximum: Self.nameMaximum, required: true, into: &errors, field: "client_name")

        let website = AccountRules.singleLine(registration.website)
        if website.count > Self.websiteMaximum {
            errors.add("website", AccountsText.tooLong(Self.websiteMaximum))
        } else if !website.isEmpty, !Self.isWebAddress(website) {
            errors.add("website", AccountsText.websiteInvalid)
        }

        let redirectURIs = RedirectURIs.parse(registration.redirectURIs)
        if redirectURIs.isEmpty {
            errors.add("redirect_uris", AccountsText.required)
        } else if let bad = redirectURIs.first(where: { !RedirectURIs.isAcceptable($0) }) {
            errors.add("redirect_uris", AccountsText.redirectURIInvalid(String(bad.prefix(200))))
        }

        let scopes = OAuthScopes.parse(registration.scopes)
        let unknown = OAuthScopes.unknown(in: scopes)
        if !unknown.isEmpty {
            errors.add("scopes", AccountsText.unknownScopes(unknown.map { String($0.prefix(50)) }))
        }
        guard errors.isEmpty else { return .invalid(errors) }

        let secret = RandomToken.make()
        let application = OAuthApplication(name: name, website: website.isEmpty ? nil : website, redirectURIs: redirectURIs,
                                           scopes: scopes, clientID: RandomToken.make(), clientSecretDigest: RandomToken.digest(secret))
        try await application.create(on: database)
        return .registered(application, clientSecret: secret)
    }

    func application(clientID: String?) async throws -> OAuthApplication? {
        guard let clientID, !clientID.isEmpty else { return nil }
        return try await OAuthApplication.query(on: database).filter(\.$clientID == clientID).first()
    }

    /// The app whose id and secret both match; `nil` for anything else.
    func authenticate(clientID: String?, clientSecret: String?) async throws -> OAuthApplication? {
        guard let clientSecret, !clientSecret.isEmpty, let application = try await application(clientID: clientID) else { return nil }
        return RandomToken.constantTimeEquals(RandomToken.digest(clientSecret), application.clientSecretDigest) ? application : nil
    }

    private static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return ["http", "https"].contains(scheme) && !(components.host ?? "").isEmpty
    }
}
