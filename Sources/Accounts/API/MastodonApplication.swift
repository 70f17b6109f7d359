import Vapor

/// A registered app in the shape of Mastodon's `Application`; right after registration, with its
/// credentials, Mastodon's `CredentialApplication`.
struct MastodonApplication: Content {
    let id: String
    let name: String
    let website: String?
    let scopes: [String]
    /// Deprecated by Mastodon but still read by clients: the URIs one per line.
    let redirect_uri: String
    let redirect_uris: [String]
    /// Web push is not offered; Mastodon's clients expect the key to be there all the same.
    let vapid_key: String
    var client_id: String?
    var client_secret: String?
    var client_secret_expires_at: Int?

    init(_ application: OAuthApplication, clientSecret: String? = nil) {
        id = String(application.requireID())
        name = application.name
        website = application.website
        scopes = application.scopeList
        redirect_uri = application.redirectURIs
        redirect_uris = application.redirectURIList
        vapid_key = ""
        if let clientSecret {
            client_id = application.clientID
            client_secret = clientSecret
            // The secret does not expire.
            client_secret_expires_at = 0
        }
    }

    /// `website` is always written, as `null` when the app gave none; the credentials only once, at registration.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(website, forKey: .website)
        try container.encode(scopes, forKey: .scopes)
        try container.encode(redirect_uri, forKey: .redirect_uri)
        try container.encode(redirect_uris, forKey: .redirect_uris)
        try container.encode(vapid_key, forKey: .vapid_key)
        try container.encodeIfPresent(client_id, forKey: .client_id)
        try container.encodeIfPresent(client_secret, forKey: .client_secret)
        try container.encodeIfPresent(client_secret_expires_at, forKey: .client_secret_expires_at)
    }
}
