@testable import Accounts
import Fluent
import Foundation
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

@Suite("App registration API")
struct AppRegistrationAPITests {
    @Test("a form-encoded registration answers Mastodon's CredentialApplication and keeps only the secret's digest")
    func registerWithForm() async throws {
        try await withTestApp { app in
            let response = try await OAuthTesting.postForm(app, "/api/v1/apps", [
                "client_name": "Pinnwand-App", "redirect_uris": "https://client.example/callback\nurn:ietf:wg:oauth:2.0:oob",
                "scopes": "read write:statuses admin:read:accounts", "website": "https://client.example",
            ])
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .cacheControl) == "no-store")
            let client = try response.content.decode(RegisteredClient.self)
            #expect(Int64(client.id) != nil)
            #expect(client.name == "Pinnwand-App")
            #expect(client.website == "https://client.example")
            #expect(client.scopes == ["read", "write:statuses", "admin:read:accounts"])
            #expect(client.redirect_uri == "https://client.example/callback\nurn:ietf:wg:oauth:2.0:oob")
            #expect(client.redirect_uris == ["https://client.example/callback", "urn:ietf:wg:oauth:2.0:oob"])
            #expect(client.client_secret_expires_at == 0)
            #expect(client.vapid_key == "")
            #expect(client.client_id.count >= 32)
            #expect(client.client_secret.count >= 32)

            let stored = try #require(try await OAuthApplication.query(on: app.db).first())
            #expect(stored.clientSecretDigest == RandomToken.digest(client.client_secret))
            #expect(stored.clientSecretDigest != client.client_secret)
            #expect(stored.clientID == client.client_id)
        }
    }

    @Test("JSON bodies take redirect_uris as an array; scopes default to read; website may be left out as null")
    func registerWithJSON() async throws {
        try await withTestApp { app in
            let response = try await OAuthTesting.postJSON(app, "/api/v1/apps",
                #"{"client_name": "toot", "redirect_uris": ["https://a.example/cb", "myapp://oauth"]}"#)
            #expect(response.status == .ok)
            let client = try response.content.decode(RegisteredClient.self)
            #expect(client.scopes == ["read"])
            #expect(client.redirect_uris == ["https://a.example/cb", "myapp://oauth"])
            #expect(client.website == nil)
            #expect(response.text.contains(#""website":null"#))
        }
    }

    @Test("form bodies may repeat redirect_uris[] as Mastodon 4.3 allows")
    func registerWithFormArray() async throws {
        try await withTestApp { app in
            let body = "client_name=Mehrfach&redirect_uris%5B%5D=https%3A%2F%2Fa.example%2Fcb&redirect_uris%5B%5D=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob"
            let response = try await app.testing().sendRequest(.POST, "/api/v1/apps",
                headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            let client = try response.content.decode(RegisteredClient.self)
            #expect(client.redirect_uris == ["https://a.example/cb", "urn:ietf:wg:oauth:2.0:oob"])
        }
    }

    @Test("invalid registrations are 422 with Mastodon's error shape and store nothing", arguments: [
        ["redirect_uris": "https://client.example/cb"],
        ["client_name": "", "redirect_uris": "https://client.example/cb"],
        ["client_name": "App"],
        ["client_name": "App", "redirect_uris": "not a uri"],
        ["client_name": "App", "redirect_uris": "/relative/callback"],
        ["client_name": "App", "redirect_uris": "https://client.example/cb#fragment"],
        ["client_name": "App", "redirect_uris": "javascript:alert(1)"],
        ["client_name": "App", "redirect_uris": "https:///no-host"],
        ["client_name": "App", "redirect_uris": "https://client.example/cb", "scopes": "read everything"],
        ["client_name": "App", "redirect_uris": "https://client.example/cb", "scopes": "read:everything"],
        ["client_name": "App", "redirect_uris": "https://client.example/cb", "website": "ftp://client.example"],
        ["client_name": String(repeating: "x", count: 61), "redirect_uris": "https://client.example/cb"],
    ])
    func invalidRegistrations(fields: [String: String]) async throws {
        try await withTestApp { app in
            let response = try await OAuthTesting.postForm(app, "/api/v1/apps", fields)
            #expect(response.status == .unprocessableEntity)
            #expect(try response.content.decode(ErrorAnswer.self).error.hasPrefix("Validierung fehlgeschlagen"))
            #expect(try await OAuthApplication.query(on: app.db).count() == 0)
        }
    }

    @Test("an empty body says what is missing instead of failing on the format")
    func emptyBody() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.POST, "/api/v1/apps", headers: ["Accept-Language": "en"])
            #expect(response.status == .unprocessableEntity)
            let message = try response.content.decode(ErrorAnswer.self).error
            #expect(message.contains("client_name: Please fill this in."))
            #expect(message.contains("redirect_uris"))
        }
    }

    @Test("verify_credentials names the app for its app token and for a member's token, without the credentials")
    func verifyCredentials() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            _ = try await OAuthTesting.member(app)

            let appToken = try await OAuthTesting.clientCredentials(app, client: client).content.decode(TokenAnswer.self).access_token
            let userToken = try await OAuthTesting.passwordGrant(app, client: client, username: "erika").content.decode(TokenAnswer.self).access_token
            for token in [appToken, userToken] {
                let response = try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: token)
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(json["name"] as? String == "Pinnwand-App")
                #expect(json["id"] as? String == client.id)
                #expect(json["scopes"] as? [String] == ["read", "write", "follow", "push"])
                #expect(json["redirect_uris"] as? [String] == [OAuthTesting.callback, OAuthTesting.outOfBand])
                #expect(json["vapid_key"] as? String == "")
                #expect(json["client_id"] == nil)
                #expect(json["client_secret"] == nil)
            }
        }
    }

    @Test("verify_credentials: no token is 401, a personal token 404, a revoked app token 401")
    func verifyCredentialsFailures() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            #expect(try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: nil).status == .unauthorized)

            let browser = try await OAuthTesting.member(app)
            let created = try await browser.post("/settings/tokens", form: ["name": "Skript"])
            let personal = String(try #require(created.text.firstMatch(of: /id="new-token">([^<]+)</)).1)
            let personalAnswer = try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: personal)
            #expect(personalAnswer.status == .notFound)
            #expect(try personalAnswer.content.decode(ErrorAnswer.self).error == "Dieser Zugangsschlüssel gehört zu keiner registrierten App.")

            let appToken = try await OAuthTesting.clientCredentials(app, client: client).content.decode(TokenAnswer.self).access_token
            try await OAuthTesting.postForm(app, "/oauth/revoke", ["client_id": client.client_id, "client_secret": client.client_secret, "token": appToken])
            #expect(try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: appToken).status == .unauthorized)
        }
    }
}
