@testable import Accounts
import Fluent
import Testing
import TestSupport
import VaporTesting

@Suite("Accounts API")
struct AccountsAPITests {
    /// Registers a member and creates a personal access token through the settings page.
    private func memberWithToken(_ app: Application, username: String = "erika") async throws -> String {
        let browser = TestBrowser(app)
        try await browser.register(username, displayName: "Erika Mustermann")
        let created = try await browser.post("/settings/tokens", form: ["name": "Testskript"])
        #expect(created.status == .created)
        return String(try #require(created.text.firstMatch(of: /id="new-token">([^<]+)</)).1)
    }

    @Test("verify_credentials answers in Mastodon's shape for a bearer token, stored hashed")
    func verifyCredentials() async throws {
        try await withTestApp { app in
            let token = try await memberWithToken(app)
            let stored = try #require(try await AccessToken.query(on: app.db).first())
            #expect(stored.tokenDigest != token)
            #expect(stored.tokenDigest.count == 64)

            let response = try await app.testing().sendRequest(.GET, "/api/v1/accounts/verify_credentials", headers: ["Authorization": "Bearer \(token)"])
            #expect(response.status == .ok)
            let account = try response.content.decode(MastodonAccount.self)
            #expect(account.username == "erika")
            #expect(account.acct == "erika")
            #expect(account.display_name == "Erika Mustermann")
            #expect(account.url.hasSuffix("/@erika"))
            #expect(account.locked)
            #expect(account.source?.privacy == "unlisted")
            #expect(Int64(account.id) != nil)
        }
    }

    @Test("missing, unknown and revoked tokens get 401 with Mastodon's error shape")
    func badTokens() async throws {
        try await withTestApp { app in
            let missing = try await app.testing().sendRequest(.GET, "/api/v1/accounts/verify_credentials")
            #expect(missing.status == .unauthorized)
            #expect(try missing.content.decode(APIError.self).error.isEmpty == false)

            let unknown = try await app.testing().sendRequest(.GET, "/api/v1/accounts/verify_credentials", headers: ["Authorization": "Bearer nonsense"])
            #expect(unknown.status == .unauthorized)
            #expect(try unknown.content.decode(APIError.self).error == "Der Zugangsschlüssel ist ungültig")

            let browser = TestBrowser(app)
            try await browser.register("erika")
            let created = try await browser.post("/settings/tokens", form: ["name": "Alt"])
            let token = String(try #require(created.text.firstMatch(of: /id="new-token">([^<]+)</)).1)
            let id = try #require(try await AccessToken.query(on: app.db).first()?.id)
            #expect(try await browser.post("/settings/tokens/\(id)/revoke").status == .seeOther)
            let revoked = try await app.testing().sendRequest(.GET, "/api/v1/accounts/verify_credentials",
                                                              headers: ["Authorization": "Bearer \(token)", "Accept-Language": "en"])
            #expect(revoked.status == .unauthorized)
            #expect(try revoked.content.decode(APIError.self).error == "The access token is invalid")
        }
    }

    @Test("update_credentials takes JSON and form bodies and rejects bad ones without writing")
    func updateCredentials() async throws {
        try await withTestApp { app in
            let token = try await memberWithToken(app)
            let auth = "Bearer \(token)"
            let json = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": auth, "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"display_name": "Erika M.", "note": "Hallo", "source": {"language": "en"}}"#))
            #expect(json.status == .ok)
            #expect(try json.content.decode(MastodonAccount.self).display_name == "Erika M.")

            let form = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": auth, "Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "position=Vertrieb&source%5Blanguage%5D=de"))
            #expect(form.status == .ok)
            let user = try #require(try await User.query(on: app.db).first())
            #expect(user.position == "Vertrieb")
            #expect(user.language == .de)
            #expect(user.bio == "Hallo")

            let malformed = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": auth, "Content-Type": "application/json"], body: ByteBuffer(string: "{not json"))
            #expect(malformed.status == .badRequest)
            #expect(try malformed.content.decode(APIError.self).error.contains("ungültig"))

            let wrongType = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": auth, "Content-Type": "application/json"], body: ByteBuffer(string: #"{"display_name": 42}"#))
            #expect(wrongType.status == .badRequest)

            let invalid = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": auth, "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"display_name": "", "note": "egal"}"#))
            #expect(invalid.status == .unprocessableEntity)
            #expect(try invalid.content.decode(APIError.self).error.contains("display_name"))
            let unchanged = try #require(try await User.query(on: app.db).first())
            #expect(unchanged.displayName == "Erika M.")
            #expect(unchanged.bio == "Hallo")
        }
    }

    @Test("update_credentials without a body changes nothing, as in Mastodon")
    func updateCredentialsWithoutBody() async throws {
        try await withTestApp { app in
            let token = try await memberWithToken(app)
            let response = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials",
                headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/x-www-form-urlencoded"])
            #expect(response.status == .ok)
            #expect(try response.content.decode(MastodonAccount.self).display_name == "Erika Mustermann")
        }
    }

    @Test("accounts can be looked up by id and by acct; unknown ones are 404")
    func lookup() async throws {
        try await withTestApp { app in
            _ = try await memberWithToken(app)
            let user = try #require(try await User.query(on: app.db).first())
            let byID = try await app.testing().sendRequest(.GET, "/api/v1/accounts/\(user.id!)")
            #expect(byID.status == .ok)
            #expect(try byID.content.decode(MastodonAccount.self).username == "erika")
            let byAcct = try await app.testing().sendRequest(.GET, "/api/v1/accounts/lookup?acct=@Erika")
            #expect(try byAcct.content.decode(MastodonAccount.self).id == String(user.id!))
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/accounts/999").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/accounts/not-a-number").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/accounts/lookup").status == .badRequest)
        }
    }

    private struct APIError: Decodable {
        let error: String
    }
}
