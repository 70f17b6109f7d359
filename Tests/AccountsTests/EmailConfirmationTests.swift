@testable import Accounts
import Fluent
import Foundation
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Issue 14, hole 2: with `REGISTRATION_MODE=domain`, typing an address of the domain made anyone an
/// insider at once. Now the address must be proven by a link mailed to it.
@Suite("Registration by e-mail domain needs a confirmed address")
struct EmailConfirmationTests {
    static let password = "richtig-gutes-passwort"

    private func domainApp(_ test: (Application, TestBrowser) async throws -> Void) async throws {
        try await withTestApp(configure: { $0.registrationMode = .domain; $0.registrationDomains = ["musterfirma.de"] }) { app in
            // The administrator comes from the console (`create-admin`), whose operator vouches for the address.
            let created = try await AccountsAdministration.createAdmin(username: "anna", displayName: "Anna", email: "anna@musterfirma.de",
                                                                       password: Self.password, on: app)
            #expect(created == .created)
            let admin = TestBrowser(app)
            #expect(try await admin.logIn("anna", password: Self.password).location == "/")
            try await test(app, admin)
        }
    }

    /// The confirmation link of the newest mail to `address`, read in the administration's outbox.
    private func confirmationLink(to address: String, admin: TestBrowser) async throws -> String {
        let outbox = try await admin.get("/admin/outbox")
        let rows = outbox.text.matches(of: #/<td>([^<]+)</td><td><a href="(/admin/outbox/\d+)">/#)
        let row = try #require(rows.first { $0.1 == address })
        let message = try await admin.get(String(row.2))
        return String(try #require(message.text.firstMatch(of: /http:\/\/localhost:8080(\/register\/confirm\?token=[A-Za-z0-9_-]+)/)).1)
    }

    @Test("Typing an address of the allowed domain signs nobody in, and the account cannot log in before confirming it")
    func unconfirmedCannotSignIn() async throws {
        try await domainApp { app, admin in
            let stranger = TestBrowser(app)
            let registration = try await stranger.register("ceo3", email: "ceo.3@musterfirma.de")
            #expect(registration.status == .seeOther)
            #expect(registration.location == "/login")
            let loginPage = try await stranger.get("/login")
            #expect(loginPage.text.contains("Wir haben einen Bestätigungslink an ceo.3@musterfirma.de geschickt"))
            #expect(try await stranger.get("/settings/account").status == .seeOther)

            let login = try await stranger.logIn("ceo.3@musterfirma.de", password: Self.password)
            #expect(login.status == .forbidden)
            #expect(login.text.contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse"))
            #expect(login.text.contains("Bestätigungs-E-Mail erneut senden"))
            #expect(try await stranger.get("/settings/account").status == .seeOther)

            let english = TestBrowser(app)
            english.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
            let englishLogin = try await english.logIn("ceo3", password: Self.password)
            #expect(englishLogin.status == .forbidden)
            #expect(englishLogin.text.contains("Please confirm your e-mail address first"))

            // The confirmation mail waits in the outbox (no SMTP_URL here), German like the registration.
            let outbox = try await admin.get("/admin/outbox")
            #expect(outbox.text.contains("ceo.3@musterfirma.de"))
            #expect(outbox.text.contains("Bitte bestätigen Sie Ihre E-Mail-Adresse für Treffpunkt"))
        }
    }

    @Test("The link from the mail confirms the address and signs in; then the password works, and the link works only once")
    func linkConfirmsOnce() async throws {
        try await domainApp { app, admin in
            let stranger = TestBrowser(app)
            try await stranger.register("ceo3", email: "ceo.3@musterfirma.de", displayName: "Carl Eo")
            let link = try await confirmationLink(to: "ceo.3@musterfirma.de", admin: admin)

            let confirmation = try await stranger.get(link)
            #expect(confirmation.status == .seeOther)
            #expect(confirmation.location == "/")
            let home = try await stranger.get("/settings/account")
            #expect(home.status == .ok)

            let elsewhere = TestBrowser(app)
            #expect(try await elsewhere.logIn("ceo.3@musterfirma.de", password: Self.password).status == .seeOther)

            let again = try await TestBrowser(app).get(link)
            #expect(again.status == .gone)
            #expect(again.text.contains("Dieser Bestätigungslink wurde schon benutzt."))
        }
    }

    @Test("A forged or expired confirmation link is refused with a clear page")
    func forgedAndExpiredLinks() async throws {
        try await domainApp { app, admin in
            let stranger = TestBrowser(app)
            try await stranger.register("ceo3", email: "ceo.3@musterfirma.de")

            let forged = try await stranger.get("/register/confirm?token=\(RandomToken.make())")
            #expect(forged.status == .notFound)
            #expect(forged.text.contains("Dieser Bestätigungslink ist ungültig."))
            let missing = try await stranger.get("/register/confirm")
            #expect(missing.status == .badRequest)

            let link = try await confirmationLink(to: "ceo.3@musterfirma.de", admin: admin)
            try await EmailConfirmation.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-1)).update()
            let expired = try await stranger.get(link)
            #expect(expired.status == .gone)
            #expect(expired.text.contains("Dieser Bestätigungslink ist abgelaufen"))
            #expect(try await stranger.logIn("ceo3", password: Self.password).status == .forbidden)
            #expect(try #require(try await User.query(on: app.db).filter(\.$username == "ceo3").first()).emailConfirmedAt == nil)
        }
    }

    @Test("The API token of a registration by domain is refused with Mastodon's 403 until the address is confirmed")
    func apiTokenNeedsConfirmation() async throws {
        try await domainApp { app, admin in
            let client = try await OAuthTesting.registerClient(app)
            let appToken = try await OAuthTesting.clientCredentials(app, client: client, scope: "read write")
                .content.decode(TokenAnswer.self).access_token
            let signUp = try await OAuthTesting.postForm(app, "/api/v1/accounts", [
                "username": "ceo3", "email": "ceo.3@musterfirma.de", "password": Self.password, "agreement": "true", "locale": "en",
            ], headers: ["Authorization": "Bearer \(appToken)"])
            #expect(signUp.status == .ok)
            let token = try signUp.content.decode(TokenAnswer.self).access_token

            let refused = try await app.testing().sendRequest(.GET, "/api/v1/accounts/verify_credentials",
                                                              headers: ["Authorization": "Bearer \(token)", "Accept-Language": "en"])
            #expect(refused.status == .forbidden)
            #expect(refused.body.string == #"{"error":"Your login is missing a confirmed e-mail address"}"#)
            let posting = try await OAuthTesting.postForm(app, "/api/v1/statuses", ["status": "Ich bin der Chef"],
                                                          headers: ["Authorization": "Bearer \(token)"])
            #expect(posting.status == .forbidden)
            // The instance's description is answered whatever the token, as Mastodon does: clients read it first.
            #expect(try await OAuthTesting.get(app, "/api/v1/instance", token: token).status == .ok)
            let grant = try await OAuthTesting.passwordGrant(app, client: client, username: "ceo.3@musterfirma.de")
            #expect(grant.status == .badRequest)
            #expect(try grant.content.decode(ErrorAnswer.self).error == "invalid_grant")

            // The mail is in English, as the app asked.
            let link = try await confirmationLink(to: "ceo.3@musterfirma.de", admin: admin)
            #expect(try await admin.get("/admin/outbox").text.contains("Please confirm your e-mail address for Treffpunkt"))
            #expect(try await TestBrowser(app).get(link).status == .seeOther)
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token).status == .ok)
            #expect(try await OAuthTesting.passwordGrant(app, client: client, username: "ceo.3@musterfirma.de").status == .ok)
        }
    }

    @Test("A new link can be asked for after proving the password, at most once every five minutes")
    func resendIsLimited() async throws {
        try await domainApp { app, admin in
            let stranger = TestBrowser(app)
            try await stranger.register("ceo3", email: "ceo.3@musterfirma.de")
            // Someone who never proved the password cannot send mail to the address.
            #expect(try await TestBrowser(app).post("/register/confirm/resend").status == .forbidden)

            try await stranger.logIn("ceo3", password: Self.password)
            let tooSoon = try await stranger.post("/register/confirm/resend")
            #expect(tooSoon.status == .tooManyRequests)
            #expect(tooSoon.headers.first(name: .retryAfter) != nil)

            try await EmailConfirmation.query(on: app.db).set(\.$createdAt, to: Date().addingTimeInterval(-301)).update()
            let resent = try await stranger.post("/register/confirm/resend")
            #expect(resent.status == .seeOther)
            #expect(try await stranger.get("/login").text.contains("Wir haben Ihnen einen neuen Bestätigungslink geschickt."))
            #expect(try await stranger.post("/register/confirm/resend").status == .tooManyRequests)
            let mails = try await admin.get("/admin/outbox").text.components(separatedBy: "<td>ceo.3@musterfirma.de</td>").count - 1
            #expect(mails == 2)

            // The newest link confirms; the older one is used up with it.
            let link = try await confirmationLink(to: "ceo.3@musterfirma.de", admin: admin)
            #expect(try await stranger.get(link).status == .seeOther)
            #expect(try await stranger.logIn("ceo3", password: Self.password).status == .seeOther)
        }
    }

    @Test("An address the confirmation mail cannot reach is refused beside the field, keeping what was typed")
    func undeliverableAddress() async throws {
        try await domainApp { app, _ in
            let response = try await TestBrowser(app).register("juergen", email: "jürgen@musterfirma.de", displayName: "Jürgen")
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("An diese Adresse können wir den Bestätigungslink nicht schicken."))
            #expect(response.text.contains("value=\"jürgen@musterfirma.de\""))
            #expect(try await User.query(on: app.db).filter(\.$username == "juergen").first() == nil)
        }
    }

    @Test("Invited people are confirmed at once: their address was vouched for")
    func invitationNeedsNoMail() async throws {
        try await domainApp { app, admin in
            let created = try await admin.post("/admin/invitations", form: ["email": "erika@partner.example"])
            let code = try #require(created.text.firstMatch(of: /invite=([A-Za-z0-9_-]+)/)).1
            let invited = try await TestBrowser(app).register("erika", email: "erika@partner.example", extra: ["invitation_code": String(code)])
            #expect(invited.location == "/")
            #expect(try #require(try await User.query(on: app.db).filter(\.$username == "erika").first()).emailConfirmedAt != nil)
        }
    }
}
