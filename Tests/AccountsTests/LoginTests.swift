@testable import Accounts
import Fluent
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

@Suite("Login and logout")
struct LoginTests {
    @Test("log in by username or e-mail, see the nav for members, log out")
    func loginAndLogout() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika", email: "erika@example.com")
            let browser = TestBrowser(app)
            #expect(try await browser.get("/").location == "/login")

            let login = try await browser.logIn("ERIKA@example.com", password: "richtig-gutes-passwort")
            #expect(login.status == .seeOther)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Sie sind angemeldet."))
            #expect(home.text.contains("action=\"/logout\""))

            let logout = try await browser.post("/logout")
            #expect(logout.location == "/login")
            let after = try await browser.get("/login")
            #expect(after.text.contains("Sie sind abgemeldet."))
            #expect(try await browser.get("/").location == "/login")

            #expect(try await browser.logIn("erika", password: "richtig-gutes-passwort").status == .seeOther)
        }
    }

    @Test("the session cookie is HttpOnly and SameSite; Secure when the site runs on https")
    func cookieFlags() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example.com"; $0.secureCookies = true }) { app in
            let response = try await app.testing().sendRequest(.GET, "/login")
            let cookie = try #require(response.headers.first(name: .setCookie))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Secure"))
        }
    }

    @Test("a new session id after login (no session fixation)")
    func sessionIsRenewedOnLogin() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            let browser = TestBrowser(app)
            let before = try await browser.get("/login").headers.setCookie?["treffpunkt_session"]?.string
            let login = try await browser.logIn("erika", password: "richtig-gutes-passwort")
            let after = login.headers.setCookie?["treffpunkt_session"]?.string
            #expect(before != nil)
            #expect(after != nil)
            #expect(before != after)
        }
    }

    @Test("a wrong password keeps the typed name and says what is wrong")
    func wrongPassword() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            let response = try await TestBrowser(app).logIn("erika", password: "falsches-passwort")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("Benutzername oder Passwort ist falsch."))
            #expect(response.text.contains("value=\"erika\""))
            #expect(!response.text.contains("falsches-passwort"))
        }
    }

    @Test("after five failures within the window an account is locked for the rest of it, even with the right password")
    func rateLimitPerAccount() async throws {
        try await withTestApp(configure: Self.hourWindow) { app in
            try await TestBrowser(app).register("erika")
            let attacker = TestBrowser(app)
            for _ in 1...5 {
                #expect(try await attacker.logIn("erika", password: "falsch-\(Int.random(in: 0...999_999))").status == .unauthorized)
            }
            let locked = try await TestBrowser(app).logIn("erika", password: "richtig-gutes-passwort")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Zu viele fehlgeschlagene Anmeldeversuche"))
            let retryAfter = try #require(locked.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect((1...3600).contains(retryAfter))
        }
    }

    @Test("thirty parallel guesses at one account get at most five passwords checked, and no server error")
    func rateLimitHoldsUnderParallelRequests() async throws {
        try await withTestApp(configure: Self.hourWindow) { app in
            try await TestBrowser(app).register("erika")
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for attempt in 0..<30 {
                    group.addTask {
                        try await TestBrowser(app).logIn("erika", password: "falsch-\(attempt)").status
                    }
                }
                return try await group.reduce(into: [HTTPResponseStatus]()) { $0.append($1) }
            }
            #expect(statuses.count == 30)
            #expect(statuses.filter { $0 == .unauthorized }.count <= 5)
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests }, "\(statuses)")
            #expect(try await TestBrowser(app).logIn("erika", password: "richtig-gutes-passwort").status == .tooManyRequests)
        }
    }

    @Test("a right password takes its own attempt back: five good logins in a row lock nobody out")
    func successfulLoginsDoNotCount() async throws {
        try await withTestApp(configure: Self.hourWindow) { app in
            try await TestBrowser(app).register("erika")
            for _ in 1...6 {
                #expect(try await TestBrowser(app).logIn("erika", password: "richtig-gutes-passwort").status == .seeOther)
            }
        }
    }

    @Test("failures from one address count across accounts")
    func rateLimitPerAddress() async throws {
        try await withTestApp(configure: Self.hourWindow) { app in
            try await TestBrowser(app).register("erika")
            let attacker = TestBrowser(app)
            for name in ["anna", "bernd", "clara", "dieter", "emil"] {
                #expect(try await attacker.logIn(name, password: "irgendein-passwort").status == .unauthorized)
            }
            #expect(try await attacker.logIn("erika", password: "richtig-gutes-passwort").status == .tooManyRequests)
        }
    }

    /// The counting tests run with an hour's window: in the whole parallel suite on two busy cores a
    /// test's six requests took longer than the default minute, and the first failures had expired.
    static func hourWindow(_ config: inout AppConfig) {
        config.loginWindowSeconds = 3600
    }

    @Test("the lock lifts once the window has passed")
    func lockExpires() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            let service = LoginService(database: app.db, config: app.config, hashing: PasswordHashing(application: app))
            let start = Date()
            for _ in 1...5 {
                _ = try await service.login(identifier: "erika", password: "falsch-falsch", address: "10.0.0.1", now: start)
            }
            guard case .throttled = try await service.login(identifier: "erika", password: "richtig-gutes-passwort",
                                                             address: "10.0.0.2", now: start.addingTimeInterval(30)) else {
                Issue.record("expected the account to be locked")
                return
            }
            guard case .success = try await service.login(identifier: "erika", password: "richtig-gutes-passwort",
                                                           address: "10.0.0.2", now: start.addingTimeInterval(61)) else {
                Issue.record("expected the lock to be lifted after the window")
                return
            }
        }
    }

    @Test("a redirect target after login stays on this site")
    func nextStaysLocal() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            let browser = TestBrowser(app)
            let local = try await browser.post("/login", form: ["identifier": "erika", "password": "richtig-gutes-passwort", "next": "/people"])
            #expect(local.location == "/people")
            let other = TestBrowser(app)
            let foreign = try await other.post("/login", form: ["identifier": "erika", "password": "richtig-gutes-passwort", "next": "//evil.example"])
            #expect(foreign.location == "/")
        }
    }

    @Test("a tab, backslash or encoded slash in the redirect target after login cannot lead to another host")
    func nextWithWhitespaceStaysLocal() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erika")
            let browser = TestBrowser(app)
            let form = try await browser.get("/login?next=/%09/attacker.invalid/phish")
            #expect(!form.body.string.contains("attacker.invalid"))
            for payload in ["/\t/attacker.invalid/phish", "/%09/attacker.invalid/phish", "/\\attacker.invalid", "/%2F%2Fattacker.invalid"] {
                let visitor = TestBrowser(app)
                let response = try await visitor.post("/login", form: ["identifier": "erika", "password": "richtig-gutes-passwort", "next": payload])
                #expect(response.status == .seeOther)
                #expect(response.location == "/", "next: \(payload)")
            }
        }
    }

    @Test("pages for members send visitors to the login form and back")
    func loginRequired() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).get("/settings/profile")
            #expect(response.status == .seeOther)
            #expect(response.location == "/login?next=/settings/profile")
        }
    }
}

import Foundation
