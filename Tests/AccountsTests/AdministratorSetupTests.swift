@testable import Accounts
import Fluent
import Testing
import TestSupport
import TreffpunktApp
import VaporTesting

/// A fresh installation with open registration is not handed to whoever registers first:
/// only the one-time address `serve` prints makes an administrator.
@Suite("The first administrator's setup address")
struct AdministratorSetupTests {
    private func registration(_ username: String, setupToken: String? = nil) -> [String: String] {
        var form = ["username": username, "display_name": username.capitalized, "email": "\(username)@example.com",
                    "password": "richtig-gutes-passwort"]
        form["setup_token"] = setupToken
        return form
    }

    private func token(in address: String) throws -> String {
        String(try #require(address.firstMatch(of: /\/register\?setup=([A-Za-z0-9_-]+)$/)).1)
    }

    @Test("The first registration of a fresh installation without the setup address makes an ordinary member")
    func firstRegistrationIsAMember() async throws {
        try await withTestApp { app in
            try await AdministratorSetupAddress.announce(app)
            let first = TestBrowser(app)
            #expect(try await first.post("/register", form: registration("erster")).status == .seeOther)
            #expect(try await first.get("/admin/invitations").status == .forbidden)
            #expect(try await first.get("/").text.contains("Einladungen") == false)
        }
    }

    @Test("Registering through the printed setup address makes the administrator, and the address works once")
    func setupAddressMakesTheAdministratorOnce() async throws {
        try await withTestApp { app in
            let address = try #require(try await AdministratorSetupAddress.announce(app))
            #expect(address.hasPrefix("http://localhost:8080/register?setup="))
            let setupToken = try token(in: address)

            let chefin = TestBrowser(app)
            let form = try await chefin.get("/register?setup=\(setupToken)")
            #expect(form.text.contains(#"name="setup_token" value="\#(setupToken)""#))
            #expect(form.text.contains("wird Administrator/in dieses Treffpunkts"))
            #expect(try await chefin.post("/register", form: registration("chefin", setupToken: setupToken)).status == .seeOther)
            #expect(try await chefin.get("/admin/invitations").status == .ok)

            let second = TestBrowser(app)
            let reused = try await second.post("/register", form: registration("zweiter", setupToken: setupToken))
            #expect(reused.status == .unprocessableEntity)
            #expect(reused.text.contains("Dieser Einrichtungslink ist ungültig oder schon benutzt."))
            #expect(reused.text.contains("name=\"setup_token\"") == false)
            #expect(reused.text.contains(#"value="zweiter@example.com""#))
            #expect(try await User.query(on: app.db).filter(\.$role == .admin).count() == 1)
            // With an administrator in place, the next start prints no address.
            #expect(try await AdministratorSetupAddress.announce(app) == nil)
        }
    }

    @Test("A new start replaces the setup address, and the old one no longer makes an administrator")
    func newStartReplacesTheAddress() async throws {
        try await withTestApp { app in
            let old = try token(in: try #require(try await AdministratorSetupAddress.announce(app)))
            let new = try token(in: try #require(try await AdministratorSetupAddress.announce(app)))
            let browser = TestBrowser(app)
            #expect(try await browser.post("/register", form: registration("chefin", setupToken: old)).status == .unprocessableEntity)
            #expect(try await browser.post("/register", form: registration("chefin", setupToken: new)).status == .seeOther)
            #expect(try await browser.get("/admin/invitations").status == .ok)
        }
    }

    @Test("A client app's registration never makes an administrator, not even the first one with the setup token")
    func apiNeverMakesAnAdministrator() async throws {
        try await withTestApp { app in
            let setupToken = try token(in: try #require(try await AdministratorSetupAddress.announce(app)))
            let client = try await OAuthTesting.registerClient(app)
            let appToken = try await OAuthTesting.clientCredentials(app, client: client, scope: "write:accounts")
                .content.decode(TokenAnswer.self).access_token
            let signUp = try await OAuthTesting.postForm(app, "/api/v1/accounts", [
                "username": "erika", "email": "erika@example.com", "password": OAuthTesting.password,
                "agreement": "true", "setup_token": setupToken,
            ], headers: ["Authorization": "Bearer \(appToken)"])
            #expect(signUp.status == .ok)
            let me = try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials",
                                                token: try signUp.content.decode(TokenAnswer.self).access_token)
            #expect(try me.content.decode(MastodonAccount.self).role?.name == "")
            #expect(try await User.query(on: app.db).filter(\.$role == .admin).count() == 0)
        }
    }

    @Test("A made-up setup token makes nobody an administrator")
    func forgedTokenIsRefused() async throws {
        try await withTestApp { app in
            try await AdministratorSetupAddress.announce(app)
            let browser = TestBrowser(app)
            let forged = try await browser.post("/register", form: registration("eindringling", setupToken: "erfunden"))
            #expect(forged.status == .unprocessableEntity)
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test("With closed registration serve prints no setup address: create-admin appoints the first administrator")
    func closedRegistrationPrintsNoAddress() async throws {
        try await withTestApp(configure: { $0.registrationMode = .closed }) { app in
            let address = try await AdministratorSetupAddress.announce(app)
            #expect(address == nil)
        }
    }
}
