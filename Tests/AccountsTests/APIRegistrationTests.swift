@testable import Accounts
import Fluent
import Foundation
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

@Suite("Registration through a client app")
struct APIRegistrationTests {
    /// Mastodon's `ValidationError`.
    private struct ValidationAnswer: Decodable {
        struct Detail: Decodable {
            let error: String
            let description: String
        }
        let error: String
        let details: [String: [Detail]]
    }

    private func appToken(_ app: Application, appScopes: String = "read write follow push", scope: String = "read write") async throws -> String {
        let client = try await OAuthTesting.registerClient(app, scopes: appScopes)
        return try await OAuthTesting.clientCredentials(app, client: client, scope: scope).content.decode(TokenAnswer.self).access_token
    }

    private func signUp(_ app: Application, token: String?, fields: [String: String]) async throws -> TestingHTTPResponse {
        try await OAuthTesting.postForm(app, "/api/v1/accounts", fields, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }

    private let erika = ["username": "erika", "email": "erika@example.com", "password": OAuthTesting.password,
                         "agreement": "true", "locale": "en"]

    @Test("an app token registers a member and gets a token for them with the app's scopes")
    func register() async throws {
        try await withTestApp { app in
            let token = try await appToken(app)
            let response = try await signUp(app, token: token, fields: erika.merging(["reason": "Neu im Vertrieb"]) { $1 })
            #expect(response.status == .ok)
            let issued = try response.content.decode(TokenAnswer.self)
            #expect(issued.token_type == "Bearer")
            #expect(issued.scope == "read write follow push")

            let account = try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: issued.access_token)
            #expect(account.status == .ok)
            #expect(try account.content.decode(MastodonAccount.self).username == "erika")
            let user = try #require(try await User.query(on: app.db).first())
            #expect(user.language == .en)
            #expect(user.displayName == "erika")
            #expect(user.role == .member)   // even as the first account: only the setup address makes an administrator
            #expect(try await TestBrowser(app).logIn("erika@example.com", password: OAuthTesting.password).status == .seeOther)
        }
    }

    @Test("JSON bodies with agreement as a boolean work too")
    func registerWithJSON() async throws {
        try await withTestApp { app in
            let token = try await appToken(app, scope: "write:accounts")
            let response = try await OAuthTesting.postJSON(app, "/api/v1/accounts",
                #"{"username": "max", "email": "max@example.com", "password": "\#(OAuthTesting.password)", "agreement": true, "locale": "de"}"#,
                headers: ["Authorization": "Bearer \(token)"])
            #expect(response.status == .ok)
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    @Test("without an app token with write scope: 401 without a token, 403 for a member's token or a read-only app token")
    func needsAppToken() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("chefin")
            let memberToken = try await OAuthTesting.passwordGrant(app, client: client, username: "chefin", scope: "read write")
                .content.decode(TokenAnswer.self).access_token
            let readOnly = try await OAuthTesting.clientCredentials(app, client: client, scope: "read").content.decode(TokenAnswer.self).access_token

            let anonymous = try await signUp(app, token: nil, fields: erika)
            #expect(anonymous.status == .unauthorized)
            #expect(try anonymous.content.decode(ErrorAnswer.self).error.contains("client_credentials"))
            #expect(try await signUp(app, token: memberToken, fields: erika).status == .forbidden)
            #expect(try await signUp(app, token: readOnly, fields: erika).status == .forbidden)
            #expect(try await signUp(app, token: "unbekannt", fields: erika).status == .unauthorized)
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    @Test("closed registration is 403 and creates nobody")
    func closed() async throws {
        try await withTestApp(configure: { $0.registrationMode = .closed }) { app in
            let token = try await appToken(app)
            let response = try await signUp(app, token: token, fields: erika)
            #expect(response.status == .forbidden)
            #expect(try response.content.decode(ErrorAnswer.self).error.hasPrefix("Die Registrierung ist geschlossen."))
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await AccessToken.query(on: app.db).count() == 0)
        }
    }

    @Test("closed registration still admits an admin's invitation, sent as invite_code")
    func closedWithInvitation() async throws {
        try await withTestApp(configure: { $0.registrationMode = .closed }) { app in
            _ = try await AccountsAdministration.createAdmin(username: "chefin", displayName: "Chefin", email: "chefin@example.com",
                                                             password: OAuthTesting.password, on: app)
            let chefin = TestBrowser(app)
            try await chefin.logIn("chefin", password: OAuthTesting.password)
            let created = try await chefin.post("/admin/invitations", form: ["email": ""])
            let link = try #require(created.text.firstMatch(of: /id="invitation-link">([^<]+)</)).1
            let code = try #require(link.split(separator: "invite=").last).description

            let token = try await appToken(app)
            let response = try await signUp(app, token: token, fields: erika.merging(["invite_code": code]) { $1 })
            #expect(response.status == .ok)
            let reused = try await signUp(app, token: token, fields: erika.merging(["username": "erika2", "email": "e2@example.com",
                                                                                    "invite_code": code]) { $1 })
            #expect(reused.status == .unprocessableEntity)
            #expect(try await User.query(on: app.db).count() == 2)
        }
    }

    @Test("domain mode refuses other e-mail domains with 422")
    func wrongDomain() async throws {
        try await withTestApp(configure: { $0.registrationMode = .domain; $0.registrationDomains = ["musterfirma.de"] }) { app in
            let token = try await appToken(app)
            let response = try await signUp(app, token: token, fields: erika)
            #expect(response.status == .unprocessableEntity)
            let answer = try response.content.decode(ValidationAnswer.self)
            #expect(answer.details["email"]?.first?.error == "ERR_BLOCKED")
            #expect(try await User.query(on: app.db).count() == 0)
            let inside = try await signUp(app, token: token, fields: erika.merging(["email": "erika@musterfirma.de"]) { $1 })
            #expect(inside.status == .ok)
        }
    }

    @Test("a taken username or address is 422 with ERR_TAKEN and writes nothing")
    func duplicate() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika", email: "erika@example.com")
            let token = try await appToken(app)
            let response = try await signUp(app, token: token, fields: erika.merging(["username": "Erika"]) { $1 })
            #expect(response.status == .unprocessableEntity)
            let answer = try response.content.decode(ValidationAnswer.self)
            #expect(answer.error.hasPrefix("Validierung fehlgeschlagen: "))
            #expect(answer.details["username"]?.first?.error == "ERR_TAKEN")
            #expect(answer.details["username"]?.first?.description == "Dieser Benutzername ist schon vergeben.")
            #expect(answer.details["email"]?.first?.error == "ERR_TAKEN")
            #expect(answer.details["display_name"] == nil)
            #expect(try await User.query(on: app.db).count() == 1)
            #expect(try await AccessToken.query(on: app.db).count() == 0)
        }
    }

    @Test("the agreement must be accepted, and every problem is reported at once")
    func agreementAndBlanks() async throws {
        try await withTestApp { app in
            let token = try await appToken(app)
            let response = try await signUp(app, token: token, fields: ["username": "", "email": "kaputt", "agreement": "0"])
            #expect(response.status == .unprocessableEntity)
            let answer = try response.content.decode(ValidationAnswer.self)
            #expect(answer.details["agreement"]?.first?.error == "ERR_ACCEPTED")
            #expect(answer.details["username"]?.first?.error == "ERR_BLANK")
            #expect(answer.details["password"]?.first?.error == "ERR_BLANK")
            #expect(answer.details["email"]?.first?.error == "ERR_INVALID")
            #expect(Set(answer.details.keys) == ["agreement", "username", "password", "email"])

            let withoutAgreement = try await signUp(app, token: token, fields: erika.filter { $0.key != "agreement" })
            #expect(withoutAgreement.status == .unprocessableEntity)
            #expect(try withoutAgreement.content.decode(ValidationAnswer.self).details.keys.sorted() == ["agreement"])
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }
}
