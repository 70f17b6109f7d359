@testable import Accounts
import Fluent
import Foundation
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

@Suite("OAuth token endpoint and revocation")
struct OAuthTokenTests {
    @Test("the password grant logs in by username or e-mail, form or JSON, and the token works")
    func passwordGrant() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika", email: "erika@example.com")

            let byName = try await OAuthTesting.passwordGrant(app, client: client, username: "erika", scope: "read write follow push")
            #expect(byName.status == .ok)
            #expect(byName.headers.first(name: .cacheControl) == "no-store")
            let token = try byName.content.decode(TokenAnswer.self)
            #expect(token.token_type == "Bearer")
            #expect(token.scope == "read write follow push")
            let account = try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token.access_token)
            #expect(try account.content.decode(MastodonAccount.self).username == "erika")

            // toot sends JSON; the scope defaults to read.
            let byEmail = try await OAuthTesting.postJSON(app, "/oauth/token", """
                {"grant_type": "password", "client_id": "\(client.client_id)", "client_secret": "\(client.client_secret)",
                 "username": "Erika@Example.com", "password": "\(OAuthTesting.password)"}
                """)
            #expect(byEmail.status == .ok)
            #expect(try byEmail.content.decode(TokenAnswer.self).scope == "read")

            let stored = try await AccessToken.query(on: app.db).all()
            #expect(stored.count == 2)
            #expect(stored.allSatisfy { $0.$application.id == Int64(client.id) && $0.name == "Pinnwand-App" })
            #expect(stored.allSatisfy { $0.tokenDigest.count == 64 })
        }
    }

    @Test("a read token may read but not write")
    func scopesApply() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            let token = try await OAuthTesting.passwordGrant(app, client: client, username: "erika", scope: "read")
                .content.decode(TokenAnswer.self).access_token
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token).status == .ok)
            let write = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"note": "nein"}"#))
            #expect(write.status == .forbidden)
        }
    }

    @Test("a profile token reads the member's own account, as in Mastodon 4.3, and nothing else")
    func profileScope() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app, scopes: "profile read")
            try await TestBrowser(app).register("erika")
            let token = try await OAuthTesting.passwordGrant(app, client: client, username: "erika", scope: "profile")
                .content.decode(TokenAnswer.self).access_token
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token).status == .ok)
            let write = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"note": "nein"}"#))
            #expect(write.status == .forbidden)
        }
    }

    @Test("a wrong password is invalid_grant and issues nothing")
    func wrongPassword() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            for username in ["erika", "niemand"] {
                let response = try await OAuthTesting.passwordGrant(app, client: client, username: username, password: "falsches-passwort")
                #expect(response.status == .badRequest)
                let error = try response.content.decode(ErrorAnswer.self)
                #expect(error.error == "invalid_grant")
                #expect(error.error_description == "Benutzername oder Passwort ist falsch.")
            }
            #expect(try await AccessToken.query(on: app.db).count() == 0)
        }
    }

    @Test("the login throttle applies to the password grant: after five failures even the right password waits")
    func throttle() async throws {
        try await withTestApp(configure: LoginTests.hourWindow) { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            for _ in 1...5 {
                #expect(try await OAuthTesting.passwordGrant(app, client: client, username: "erika", password: "falsch-falsch").status == .badRequest)
            }
            let locked = try await OAuthTesting.passwordGrant(app, client: client, username: "erika")
            #expect(locked.status == .tooManyRequests)
            let retryAfter = try #require(locked.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect((1...3600).contains(retryAfter))
            let error = try locked.content.decode(ErrorAnswer.self)
            #expect(error.error == "invalid_grant")
            #expect(error.error_description?.contains("Zu viele fehlgeschlagene Anmeldeversuche") == true)
            #expect(try await AccessToken.query(on: app.db).count() == 0)
            // The browser's login form is locked as well: it is the same account.
            #expect(try await TestBrowser(app).logIn("erika", password: OAuthTesting.password).status == .tooManyRequests)
        }
    }

    @Test("client authentication: unknown client or wrong secret is 401 invalid_client; HTTP Basic works")
    func clientAuthentication() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            let attempts: [[String: String]] = [
                ["client_id": client.client_id, "client_secret": "falsch"],
                ["client_id": "unbekannt", "client_secret": client.client_secret],
                ["client_id": client.client_id],
                [:],
            ]
            for credentials in attempts {
                var fields = ["grant_type": "password", "username": "erika", "password": OAuthTesting.password]
                fields.merge(credentials) { _, new in new }
                let response = try await OAuthTesting.postForm(app, "/oauth/token", fields)
                #expect(response.status == .unauthorized)
                #expect(try response.content.decode(ErrorAnswer.self).error == "invalid_client")
            }
            #expect(try await AccessToken.query(on: app.db).count() == 0)
            #expect(try await LoginFailure.query(on: app.db).count() == 0)

            let basic = Data("\(client.client_id):\(client.client_secret)".utf8).base64EncodedString()
            let viaBasic = try await OAuthTesting.postForm(app, "/oauth/token", ["grant_type": "client_credentials"],
                                                           headers: ["Authorization": "Basic \(basic)"])
            #expect(viaBasic.status == .ok)
        }
    }

    @Test("bad requests get OAuth errors with their status and write nothing", arguments: [
        (["client_id": "C", "client_secret": "S"], "invalid_request"),
        (["grant_type": "implicit", "client_id": "C", "client_secret": "S"], "unsupported_grant_type"),
        (["grant_type": "refresh_token", "client_id": "C", "client_secret": "S", "refresh_token": "x"], "unsupported_grant_type"),
        (["grant_type": "authorization_code", "client_id": "C", "client_secret": "S", "redirect_uri": OAuthTesting.callback], "invalid_request"),
        (["grant_type": "authorization_code", "client_id": "C", "client_secret": "S", "code": "abc"], "invalid_request"),
        (["grant_type": "password", "client_id": "C", "client_secret": "S", "password": OAuthTesting.password], "invalid_request"),
        (["grant_type": "password", "client_id": "C", "client_secret": "S", "username": "erika"], "invalid_request"),
        (["grant_type": "password", "client_id": "C", "client_secret": "S", "username": "erika", "password": OAuthTesting.password,
          "scope": "read admin:write"], "invalid_scope"),
        (["grant_type": "password", "client_id": "C", "client_secret": "S", "username": "erika", "password": OAuthTesting.password,
          "scope": "read:everything"], "invalid_scope"),
        (["grant_type": "client_credentials", "client_id": "C", "client_secret": "S", "scope": "admin:read"], "invalid_scope"),
    ])
    func badRequests(template: [String: String], expected: String) async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            let fields = template.mapValues { $0 == "C" ? client.client_id : $0 == "S" ? client.client_secret : $0 }
            let response = try await OAuthTesting.postForm(app, "/oauth/token", fields)
            #expect(response.status == .badRequest)
            let error = try response.content.decode(ErrorAnswer.self)
            #expect(error.error == expected)
            #expect(error.error_description?.isEmpty == false)
            #expect(try await AccessToken.query(on: app.db).count() == 0)
            #expect(try await AppToken.query(on: app.db).count() == 0)
            #expect(try await LoginFailure.query(on: app.db).count() == 0)
        }
    }

    @Test("an empty or malformed body is invalid_request, in OAuth's shape")
    func malformedBodies() async throws {
        try await withTestApp { app in
            let empty = try await app.testing().sendRequest(.POST, "/oauth/token")
            #expect(empty.status == .badRequest)
            #expect(try empty.content.decode(ErrorAnswer.self).error == "invalid_request")
            let broken = try await OAuthTesting.postJSON(app, "/oauth/token", "{kaputt")
            #expect(broken.status == .badRequest)
            #expect(try broken.content.decode(ErrorAnswer.self).error == "invalid_request")
        }
    }

    @Test("the token endpoint needs no form token and no session")
    func noCSRF() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let response = try await OAuthTesting.clientCredentials(app, client: client)
            #expect(response.status == .ok)
            #expect(response.headers.setCookie == nil)
        }
    }

    @Test("client_credentials gives an app token that signs in no member")
    func clientCredentials() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app, scopes: "read write")
            let response = try await OAuthTesting.clientCredentials(app, client: client, scope: "write:accounts")
            #expect(response.status == .ok)
            let token = try response.content.decode(TokenAnswer.self)
            #expect(token.scope == "write:accounts")
            let stored = try #require(try await AppToken.query(on: app.db).first())
            #expect(stored.tokenDigest == RandomToken.digest(token.access_token))
            #expect(try await AccessToken.query(on: app.db).count() == 0)

            #expect(try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: token.access_token).status == .ok)
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token.access_token).status == .unauthorized)
            // Pages see a visitor.
            let page = try await OAuthTesting.get(app, "/settings/profile", token: token.access_token)
            #expect(page.status == .seeOther)
        }
    }

    @Test("revoking a member's token or an app token makes it 401; unknown tokens answer 200 as well")
    func revoke() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            let userToken = try await OAuthTesting.passwordGrant(app, client: client, username: "erika").content.decode(TokenAnswer.self).access_token
            let appToken = try await OAuthTesting.clientCredentials(app, client: client).content.decode(TokenAnswer.self).access_token
            let credentials = ["client_id": client.client_id, "client_secret": client.client_secret]

            for token in [userToken, appToken, "gibt-es-nicht"] {
                let response = try await OAuthTesting.postForm(app, "/oauth/revoke", credentials.merging(["token": token]) { $1 })
                #expect(response.status == .ok)
                #expect(response.text == "{}")
            }
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: userToken).status == .unauthorized)
            let revokedApp = try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: appToken)
            #expect(revokedApp.status == .unauthorized)
            #expect(try revokedApp.content.decode(ErrorAnswer.self).error == "Der Zugangsschlüssel ist ungültig")

            // JSON works too, and revoking twice is fine.
            let again = try await OAuthTesting.postJSON(app, "/oauth/revoke",
                #"{"client_id": "\#(client.client_id)", "client_secret": "\#(client.client_secret)", "token": "\#(userToken)"}"#)
            #expect(again.status == .ok)
        }
    }

    @Test("a revoked or unknown token still reads the instance description, as in Mastodon, and nothing else")
    func staleTokenReadsInstance() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika")
            let token = try await OAuthTesting.passwordGrant(app, client: client, username: "erika").content.decode(TokenAnswer.self).access_token
            try await OAuthTesting.postForm(app, "/oauth/revoke", ["client_id": client.client_id, "client_secret": client.client_secret, "token": token])
            for stale in [token, "gibt-es-nicht"] {
                for path in ["/api/v1/instance", "/api/v2/instance/"] {
                    #expect(try await OAuthTesting.get(app, path, token: stale).status == .ok, "\(path)")
                }
                #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: stale).status == .unauthorized)
                #expect(try await OAuthTesting.get(app, "/api/v1/instances", token: stale).status == .unauthorized)
            }
        }
    }

    @Test("revocation by the wrong client is 403 and leaves the token working")
    func revokeWrongClient() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let other = try await OAuthTesting.registerClient(app, name: "Andere App")
            let browser = try await OAuthTesting.member(app)
            let token = try await OAuthTesting.passwordGrant(app, client: client, username: "erika").content.decode(TokenAnswer.self).access_token
            let created = try await browser.post("/settings/tokens", form: ["name": "Skript"])
            let personal = String(try #require(created.text.firstMatch(of: /id="new-token">([^<]+)</)).1)

            let attempts: [[String: String]] = [
                ["client_id": client.client_id, "client_secret": "falsch", "token": token],
                ["client_id": other.client_id, "client_secret": other.client_secret, "token": token],
                ["client_id": client.client_id, "client_secret": client.client_secret, "token": personal],
            ]
            for fields in attempts {
                let response = try await OAuthTesting.postForm(app, "/oauth/revoke", fields)
                #expect(response.status == .forbidden)
                #expect(try response.content.decode(ErrorAnswer.self).error == "unauthorized_client")
            }
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token).status == .ok)
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: personal).status == .ok)
            #expect(try await AccessToken.query(on: app.db).filter(\.$revokedAt != nil).count() == 0)
        }
    }
}
