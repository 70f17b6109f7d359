@testable import Accounts
import Fluent
import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Issue 15: "Forgot your password?" mails a single-use link valid for an hour; the answer never tells
/// whether an address has an account, and requests are limited per address and per network address.
@Suite("Password reset by e-mail")
struct PasswordResetTests {
    static let oldPassword = "richtig-gutes-passwort"
    static let newPassword = "ein-ganz-neues-passwort"

    /// The mails in the outbox to `address`, oldest first.
    private func mails(to address: String, _ app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$recipient == address).sort(\.$id).all()
    }

    /// The reset link (path and query) in the newest mail to `address`.
    private func resetLink(to address: String, _ app: Application) async throws -> String {
        let mail = try #require(try await mails(to: address, app).last)
        return String(try #require(mail.textBody.firstMatch(of: /http:\/\/localhost:8080(\/password\/reset\?token=[A-Za-z0-9_-]+)/)).1)
    }

    private func requestReset(_ email: String, _ app: Application) async throws -> TestingHTTPResponse {
        try await TestBrowser(app).post("/password/forgot", form: ["email": email])
    }

    /// The page without its form token, which differs per visitor.
    private func withoutCSRF(_ page: String) -> String {
        page.replacing(/name="_csrf" value="[^"]*"/, with: "")
    }

    @Test("The login page links to the form that asks for the e-mail address")
    func loginPageOffersReset() async throws {
        try await withTestApp { app in
            let login = try await TestBrowser(app).get("/login")
            #expect(login.text.contains(#"<a href="/password/forgot">Passwort vergessen?</a>"#))
            let form = try await TestBrowser(app).get("/password/forgot")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"name="email""#))
        }
    }

    @Test("A known and an unknown address get the same answer; only the known one gets a mail, in German and English")
    func sameAnswerEitherWay() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika", displayName: "Erika Muster")
            let known = try await requestReset("Erika@Example.com", app)
            let unknown = try await requestReset("niemand@example.com", app)
            #expect(known.status == .ok)
            #expect(unknown.status == .ok)
            #expect(known.text.contains("Falls ein Konto mit dieser Adresse besteht, haben wir einen Link dorthin geschickt."))
            #expect(withoutCSRF(known.text).replacing("Erika@Example.com", with: "") ==
                    withoutCSRF(unknown.text).replacing("niemand@example.com", with: ""))

            #expect(try await mails(to: "niemand@example.com", app).isEmpty)
            let mail = try #require(try await mails(to: "erika@example.com", app).last)
            #expect(mail.subject == "Neues Passwort für Treffpunkt")
            #expect(mail.textBody.contains("Hallo Erika Muster,"))
            #expect(mail.htmlBody.contains(#"<a href="http://localhost:8080/password/reset?token="#))
            #expect(try await PasswordReset.query(on: app.db).all().allSatisfy { !$0.tokenDigest.isEmpty })

            let english = TestBrowser(app)
            english.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
            try await english.register("john", displayName: "John Doe")
            let asked = try await english.post("/password/forgot", form: ["email": "john@example.com"])
            #expect(asked.text.contains("If an account with this address exists, we have sent a link to it."))
            #expect(try #require(try await mails(to: "john@example.com", app).last).subject == "New password for Treffpunkt")
        }
    }

    @Test("A company page has no password: asking for its address answers the same and sends nothing")
    func companyPageGetsNoMail() async throws {
        try await withTestApp { app in
            let page = try await PageAccounts(database: app.db).create(slug: "musterfirma", name: "Musterfirma GmbH").get()
            let address = try #require(try await User.find(page.id, on: app.db)).email
            let asked = try await requestReset(address, app)
            #expect(asked.status == .ok)
            #expect(asked.text.contains("Falls ein Konto mit dieser Adresse besteht"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
            #expect(try await PasswordReset.query(on: app.db).count() == 0)
        }
    }

    @Test("A malformed address is refused beside the field, keeping what was typed")
    func malformedAddress() async throws {
        try await withTestApp { app in
            let refused = try await requestReset("kein-at-zeichen", app)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Bitte eine gültige E-Mail-Adresse angeben."))
            #expect(refused.text.contains(#"value="kein-at-zeichen""#))
        }
    }

    @Test("The link sets the password and signs in; other sessions and every API token stop working; it works once")
    func linkResetsAndSignsOutEverythingElse() async throws {
        try await withTestApp { app in
            let owner = TestBrowser(app)
            try await owner.register("erika")
            let ownersToken = try await owner.createAccessToken(name: "Handy")
            let intruder = TestBrowser(app)
            #expect(try await intruder.logIn("erika", password: Self.oldPassword).status == .seeOther)
            let intrudersToken = try await intruder.createAccessToken(name: "Hintertür")

            _ = try await requestReset("erika@example.com", app)
            let olderLink = try await resetLink(to: "erika@example.com", app)
            _ = try await requestReset("erika@example.com", app)
            let link = try await resetLink(to: "erika@example.com", app)
            #expect(link != olderLink)

            let stranded = TestBrowser(app)
            let form = try await stranded.get(link)
            #expect(form.status == .ok)
            #expect(form.text.contains("Neues Passwort festlegen"))
            let token = String(try #require(link.firstMatch(of: /token=(.+)$/)).1)
            let tooShort = try await stranded.post("/password/reset", form: ["token": token, "password": "kurz"])
            #expect(tooShort.status == .unprocessableEntity)
            #expect(tooShort.text.contains("Das Passwort braucht mindestens 10 Zeichen."))
            #expect(tooShort.text.contains(#"name="token" value="\#(token)""#))
            #expect(!tooShort.text.contains("kurz\""))

            let reset = try await stranded.post("/password/reset", form: ["token": token, "password": Self.newPassword])
            #expect(reset.status == .seeOther)
            #expect(reset.location == "/")
            #expect(try await stranded.get("/settings/account").status == .ok)

            #expect(try await owner.get("/settings/account").status == .seeOther)
            #expect(try await intruder.get("/settings/account").status == .seeOther)
            #expect(try await app.api(.GET, "/api/v1/accounts/verify_credentials", token: ownersToken).status == .unauthorized)
            #expect(try await app.api(.GET, "/api/v1/accounts/verify_credentials", token: intrudersToken).status == .unauthorized)
            #expect(try await TestBrowser(app).logIn("erika", password: Self.oldPassword).status == .unauthorized)
            #expect(try await TestBrowser(app).logIn("erika", password: Self.newPassword).status == .seeOther)

            // Used up, and so is the older link: one reset, one sign-in.
            let again = try await TestBrowser(app).get(link)
            #expect(again.status == .gone)
            #expect(again.text.contains("Dieser Link wurde schon benutzt."))
            let replay = try await TestBrowser(app).post("/password/reset", form: ["token": token, "password": "noch-ein-passwort"])
            #expect(replay.status == .gone)
            #expect(try await TestBrowser(app).get(olderLink).status == .gone)
            #expect(try await TestBrowser(app).logIn("erika", password: "noch-ein-passwort").status == .unauthorized)
        }
    }

    @Test("An expired, forged or missing link is refused with a clear page and changes nothing")
    func expiredAndForgedLinks() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            _ = try await requestReset("erika@example.com", app)
            let link = try await resetLink(to: "erika@example.com", app)
            let token = String(try #require(link.firstMatch(of: /token=(.+)$/)).1)
            // An hour later: the service compares with the request's time.
            try await PasswordReset.query(on: app.db).set(\.$expiresAt, to: Date().addingTimeInterval(-1)).update()

            let expired = try await TestBrowser(app).get(link)
            #expect(expired.status == .gone)
            #expect(expired.text.contains("Dieser Link ist abgelaufen (er gilt eine Stunde)."))
            let late = try await TestBrowser(app).post("/password/reset", form: ["token": token, "password": Self.newPassword])
            #expect(late.status == .gone)
            #expect(try await TestBrowser(app).logIn("erika", password: Self.oldPassword).status == .seeOther)

            let forged = try await TestBrowser(app).get("/password/reset?token=\(RandomToken.make())")
            #expect(forged.status == .notFound)
            #expect(forged.text.contains("Dieser Link zum Zurücksetzen des Passworts ist ungültig."))
            #expect(try await TestBrowser(app).get("/password/reset").status == .badRequest)
            #expect(try await TestBrowser(app).post("/password/reset", form: ["password": Self.newPassword]).status == .badRequest)
        }
    }

    @Test("Requests are limited per address, known or not, and per network address; refused ones send nothing")
    func requestsAreLimited() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            for _ in 1...PasswordResetThrottle.perEmail {
                #expect(try await requestReset("erika@example.com", app).status == .ok)
                #expect(try await requestReset("niemand@example.com", app).status == .ok)
            }
            let refused = try await requestReset("erika@example.com", app)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers.first(name: .retryAfter) != nil)
            #expect(refused.text.contains("Für diese Adresse oder von Ihrem Netz aus wurden zu viele Links angefordert."))
            #expect(try await requestReset("niemand@example.com", app).status == .tooManyRequests)
            #expect(try await mails(to: "erika@example.com", app).count == PasswordResetThrottle.perEmail)

            // Fresh addresses from the same network address, until its own limit.
            let used = 2 * PasswordResetThrottle.perEmail
            for number in used..<PasswordResetThrottle.perNetworkAddress {
                #expect(try await requestReset("person\(number)@example.com", app).status == .ok)
            }
            #expect(try await requestReset("noch.jemand@example.com", app).status == .tooManyRequests)

            // After the window, the address may ask again.
            try await PasswordResetRequest.query(on: app.db)
                .set(\.$requestedAt, to: Date().addingTimeInterval(-PasswordResetThrottle.window - 1)).update()
            #expect(try await requestReset("erika@example.com", app).status == .ok)
        }
    }
}
