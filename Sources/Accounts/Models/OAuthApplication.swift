import Fluent
import Foundation
import TreffpunktCore

/// A client program registered through `POST /api/v1/apps` (a Mastodon app). The client id is public;
/// the client secret is shown once at registration and stored only as a digest.
final class OAuthApplication: Model, @unchecked Sendable {
    static let schema = "oauth_applications"

    @ID(custom: "id", generatedBy: .user) var id: Int64?
    @Field(key: "name") var name: String
    @OptionalField(key: "website") var website: String?
    /// One URI per line, as Mastodon's `redirect_uri` shows them.
    @Field(key: "redirect_uris") var redirectURIs: String
    /// Space-separated OAuth scopes the app may ask for.
    @Field(key: "scopes") var scopes: String
    @Field(key: "client_id") var clientID: String
    @Field(key: "client_secret_digest") var clientSecretDigest: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String, website: String?, redirectURIs: [String], scopes: [String], clientID: String, clientSecretDigest: String) {
        self.id = SnowflakeID.next()
        self.name = name
        self.website = website
        self.redirectURIs = redirectURIs.joined(separator: "\n")
        self.scopes = scopes.joined(separator: " ")
        self.clientID = clientID
        self.clientSecretDigest = clientSecretDigest
    }

    var redirectURIList: [String] {
        redirectURIs.split(separator: "\n").map(String.init)
    }

    var scopeList: [String] {
        scopes.split(separator: " ").map(String.init)
    }

    func requireID() -> Int64 {
        guard let id else { preconditionFailure("a stored application always has an id") }
        return id
    }
}
