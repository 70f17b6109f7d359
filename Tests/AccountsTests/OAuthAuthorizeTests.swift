@testable import Accounts
import Fluent
import Foundation
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

@Suite("OAuth authorization code flow")
struct OAuthAuthorizeTests {
    /// Exchanges a code at the token endpoint as the app would.
    private func exchange(_ app: Application, client: RegisteredClient, code: String, redirectURI: String = OAuthTesting.callback,
                          verifier: String? = nil) async throws -> TestingHTTPResponse {
        var fields = ["grant_type": "authorization_code", "client_id": client.client_id, "client_secret": client.client_secret,
                      "code": code, "redirect_uri": redirectURI]
        fields["code_verifier"] = verifier
        return try await OAuthTesting.postForm(app, "/oauth/token", fields)
    }

    private func code(from response: TestingHTTPResponse) throws -> String {
        try #require(OAuthTesting.query(of: response.location)["code"])
    }

    @Test("a visitor logs in, consents, and the app exchanges the code for a token that works")
    func fullFlow() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("erika", displayName: "Erika Mustermann")
            let state = "a&b=c d+e/ü"
            let authorize = OAuthTesting.authorizePath(client: client, scope: "read write", state: state)

            let browser = TestBrowser(app)
            let toLogin = try await browser.get(authorize)
            #expect(toLogin.status == .seeOther)
            let loginLocation = try #require(toLogin.location)
            #expect(loginLocation.hasPrefix("/login?next=%2Foauth%2Fauthorize%3F"))
            let loginPage = try await browser.get(loginLocation)
            let next = try #require(loginPage.text.firstMatch(of: /name="next" value="([^"]+)"/)).1
            let nextPath = OAuthTesting.unescape(String(next))
            #expect(nextPath.hasPrefix("/oauth/authorize?response_type=code&client_id="))
            #expect(OAuthTesting.query(of: nextPath)["state"] == state)

            let login = try await browser.post("/login", form: ["identifier": "erika", "password": OAuthTesting.password, "next": nextPath])
            #expect(login.status == .seeOther)
            #expect(login.location == nextPath)

            let consent = try await browser.get(nextPath)
            #expect(consent.status == .ok)
            #expect(consent.text.contains("Die App „Pinnwand-App“ möchte auf Ihr Konto @erika zugreifen."))
            #expect(consent.text.contains("alles lesen, was Sie sehen dürfen"))
            #expect(consent.text.contains("in Ihrem Namen schreiben, ändern und löschen"))
            #expect(consent.text.contains("Erlauben"))
            #expect(consent.text.contains("Ablehnen"))
            #expect(consent.text.contains(#"name="_csrf""#))

            let approved = try await browser.post("/oauth/authorize", form: OAuthTesting.hiddenFields(of: consent.text, decision: "authorize"))
            #expect(approved.status == .seeOther)
            let location = try #require(approved.location)
            #expect(location.hasPrefix(OAuthTesting.callback + "?code="))
            #expect(OAuthTesting.query(of: location)["state"] == state)
            let code = try code(from: approved)
            let stored = try #require(try await OAuthAuthorizationCode.query(on: app.db).first())
            #expect(stored.codeDigest == RandomToken.digest(code))
            #expect(stored.scopes == "read write")

            let tokenResponse = try await exchange(app, client: client, code: code)
            #expect(tokenResponse.status == .ok)
            #expect(tokenResponse.headers.first(name: .cacheControl) == "no-store")
            let token = try tokenResponse.content.decode(TokenAnswer.self)
            #expect(token.token_type == "Bearer")
            #expect(token.scope == "read write")
            #expect(abs(Double(token.created_at) - Date().timeIntervalSince1970) < 60)

            let account = try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token.access_token)
            #expect(account.status == .ok)
            #expect(try account.content.decode(MastodonAccount.self).username == "erika")
            let appInfo = try await OAuthTesting.get(app, "/api/v1/apps/verify_credentials", token: token.access_token)
            #expect(try appInfo.content.decode(MastodonApplication.self).name == "Pinnwand-App")

            let issued = try #require(try await AccessToken.query(on: app.db).first())
            #expect(issued.$application.id == Int64(client.id))
            #expect(issued.scopes == "read write")
            let settings = try await browser.get("/settings/tokens")
            #expect(settings.text.contains("<td>Pinnwand-App</td>"))
        }
    }

    @Test("denying sends access_denied and the state back, and issues no code")
    func deny() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let consent = try await browser.get(OAuthTesting.authorizePath(client: client, state: "xyz"))
            let denied = try await browser.post("/oauth/authorize", form: OAuthTesting.hiddenFields(of: consent.text, decision: "deny"))
            #expect(denied.status == .seeOther)
            let query = OAuthTesting.query(of: denied.location)
            #expect(denied.location?.hasPrefix(OAuthTesting.callback + "?") == true)
            #expect(query["error"] == "access_denied")
            #expect(query["state"] == "xyz")
            #expect(query["code"] == nil)
            #expect(try await OAuthAuthorizationCode.query(on: app.db).count() == 0)
        }
    }

    @Test("out-of-band apps get the code shown on a page, and it works with the oob redirect_uri")
    func outOfBand() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let page = try await OAuthTesting.approve(browser, path: OAuthTesting.authorizePath(client: client, redirectURI: OAuthTesting.outOfBand))
            #expect(page.status == .ok)
            #expect(page.location == nil)
            #expect(page.text.contains("Ihr Autorisierungscode"))
            let code = String(try #require(page.text.firstMatch(of: /id="authorization-code">([^<]+)</)).1)
            let token = try await exchange(app, client: client, code: code, redirectURI: OAuthTesting.outOfBand)
            #expect(token.status == .ok)

            let consent = try await browser.get(OAuthTesting.authorizePath(client: client, redirectURI: OAuthTesting.outOfBand))
            let denied = try await browser.post("/oauth/authorize", form: OAuthTesting.hiddenFields(of: consent.text, decision: "deny"))
            #expect(denied.status == .ok)
            #expect(denied.text.contains("Zugriff abgelehnt"))
        }
    }

    @Test("the consent page speaks English to English members and names granular scopes")
    func englishConsent() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            browser.headers = ["Accept-Language": "en"]
            let consent = try await browser.get(OAuthTesting.authorizePath(client: client, scope: "read:statuses write:media push"))
            #expect(consent.status == .ok)
            #expect(consent.text.contains("The app \"Pinnwand-App\" wants to access your account @erika.")
                || consent.text.contains("The app &quot;Pinnwand-App&quot; wants to access your account @erika."))
            #expect(consent.text.contains("Read: posts"))
            #expect(consent.text.contains("Write and change: images and files"))
            #expect(consent.text.contains("send you push notifications"))
            #expect(consent.text.contains("Authorize"))
            #expect(consent.text.contains("Deny"))
        }
    }

    @Test("PKCE: the right verifier gets the token; a wrong or missing one does not", arguments: [true, false])
    func pkce(sendsJSON: Bool) async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let verifier = RandomToken.make(byteCount: 48)
            let challenge = PKCE.challenge(for: verifier)
            let path = OAuthTesting.authorizePath(client: client, extra: [("code_challenge", challenge), ("code_challenge_method", "S256")])
            let code = try code(from: try await OAuthTesting.approve(browser, path: path))
            #expect(try await OAuthAuthorizationCode.query(on: app.db).first()?.codeChallenge == challenge)

            for wrong in [nil, RandomToken.make(byteCount: 48), "short"] {
                let refused = try await exchange(app, client: client, code: code, verifier: wrong)
                #expect(refused.status == .badRequest)
                #expect(try refused.content.decode(ErrorAnswer.self).error == "invalid_grant")
            }
            #expect(try await AccessToken.query(on: app.db).count() == 0)

            let accepted: TestingHTTPResponse
            if sendsJSON {
                accepted = try await OAuthTesting.postJSON(app, "/oauth/token", """
                    {"grant_type": "authorization_code", "client_id": "\(client.client_id)", "client_secret": "\(client.client_secret)",
                     "code": "\(code)", "redirect_uri": "\(OAuthTesting.callback)", "code_verifier": "\(verifier)"}
                    """)
            } else {
                accepted = try await exchange(app, client: client, code: code, verifier: verifier)
            }
            #expect(accepted.status == .ok)
            #expect(try await AccessToken.query(on: app.db).count() == 1)
        }
    }

    @Test("a verifier for a code issued without a challenge is refused")
    func verifierWithoutChallenge() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let code = try code(from: try await OAuthTesting.approve(browser, path: OAuthTesting.authorizePath(client: client)))
            let refused = try await exchange(app, client: client, code: code, verifier: RandomToken.make(byteCount: 48))
            #expect(refused.status == .badRequest)
            #expect(try refused.content.decode(ErrorAnswer.self).error == "invalid_grant")
            #expect(try await exchange(app, client: client, code: code).status == .ok)
        }
    }

    @Test("a code works once; a replay is refused and revokes the token it bought")
    func codeReuse() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let code = try code(from: try await OAuthTesting.approve(browser, path: OAuthTesting.authorizePath(client: client)))
            let first = try await exchange(app, client: client, code: code)
            #expect(first.status == .ok)
            let token = try first.content.decode(TokenAnswer.self).access_token
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token).status == .ok)

            let replay = try await exchange(app, client: client, code: code)
            #expect(replay.status == .badRequest)
            let error = try replay.content.decode(ErrorAnswer.self)
            #expect(error.error == "invalid_grant")
            #expect(error.error_description?.isEmpty == false)
            #expect(try await AccessToken.query(on: app.db).count() == 1)
            #expect(try await OAuthTesting.get(app, "/api/v1/accounts/verify_credentials", token: token).status == .unauthorized)
        }
    }

    @Test("an expired code, another app's code, a wrong redirect_uri and an unknown code are invalid_grant")
    func invalidCodes() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let other = try await OAuthTesting.registerClient(app, name: "Andere App")
            let browser = try await OAuthTesting.member(app)
            let code = try code(from: try await OAuthTesting.approve(browser, path: OAuthTesting.authorizePath(client: client)))

            let attempts = [
                try await exchange(app, client: other, code: code),
                try await exchange(app, client: client, code: code, redirectURI: OAuthTesting.outOfBand),
                try await exchange(app, client: client, code: "unbekannter-code"),
            ]
            for attempt in attempts {
                #expect(attempt.status == .badRequest)
                #expect(try attempt.content.decode(ErrorAnswer.self).error == "invalid_grant")
            }

            // Ten minutes and a second later, as far as the stored code is concerned.
            let stored = try #require(try await OAuthAuthorizationCode.query(on: app.db).first())
            stored.expiresAt = Date().addingTimeInterval(-1)
            try await stored.save(on: app.db)
            let expired = try await exchange(app, client: client, code: code)
            #expect(expired.status == .badRequest)
            #expect(try expired.content.decode(ErrorAnswer.self).error == "invalid_grant")
            #expect(try await AccessToken.query(on: app.db).count() == 0)
        }
    }

    @Test("codes expire ten minutes after they are issued")
    func codeLifetime() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let before = Date()
            _ = try code(from: try await OAuthTesting.approve(browser, path: OAuthTesting.authorizePath(client: client)))
            let after = Date()
            let stored = try #require(try await OAuthAuthorizationCode.query(on: app.db).first())
            // Issued between `before` and `after` (the request may be slow in the parallel suite), stored to the second.
            #expect(stored.expiresAt >= before.addingTimeInterval(599) && stored.expiresAt <= after.addingTimeInterval(601))
        }
    }

    @Test("bad authorization requests get a 400 page and are never redirected", arguments: [
        ("unknown client", "client_id=unbekannt&response_type=code&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback", "unbekannte client_id"),
        ("missing client", "response_type=code&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback", "unbekannte client_id"),
        ("unregistered redirect", "CLIENT&response_type=code&redirect_uri=https%3A%2F%2Fevil.example%2Fsteal", "nicht registriert"),
        ("missing redirect", "CLIENT&response_type=code", "nicht registriert"),
        ("scope outside the app", "CLIENT&response_type=code&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback&scope=read%20admin%3Awrite", "admin:write"),
        ("unknown scope", "CLIENT&response_type=code&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback&scope=read%20everything", "everything"),
        ("implicit flow", "CLIENT&response_type=token&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback", "response_type=code"),
        ("plain PKCE", "CLIENT&response_type=code&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback&code_challenge=\(String(repeating: "a", count: 43))&code_challenge_method=plain", "S256"),
        ("short challenge", "CLIENT&response_type=code&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback&code_challenge=abc&code_challenge_method=S256", "S256"),
    ])
    func badRequests(label: String, query: String, message: String) async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app, scopes: "read write")
            let browser = try await OAuthTesting.member(app)
            let path = "/oauth/authorize?" + query.replacingOccurrences(of: "CLIENT", with: "client_id=\(client.client_id)")
            for response in [try await browser.get(path), try await TestBrowser(app).get(path)] {
                #expect(response.status == .badRequest, "\(label)")
                #expect(response.location == nil)
                #expect(response.headers.contentType == .html)
                #expect(response.text.contains("Anmeldung über diese App nicht möglich"))
                #expect(response.text.contains(message), "\(label)")
            }
            // The same checks guard the consent form's post.
            var fields = OAuthTesting.query(of: path)
            fields["decision"] = "authorize"
            let posted = try await browser.post("/oauth/authorize", form: fields)
            #expect(posted.status == .badRequest)
            #expect(posted.location == nil)
            #expect(try await OAuthAuthorizationCode.query(on: app.db).count() == 0)
        }
    }

    @Test("the consent form needs its form token")
    func consentNeedsCSRF() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let consent = try await browser.get(OAuthTesting.authorizePath(client: client))
            var fields = OAuthTesting.hiddenFields(of: consent.text, decision: "authorize")
            fields["_csrf"] = "gefälscht"
            let forged = try await browser.post("/oauth/authorize", form: fields)
            #expect(forged.status == .forbidden)
            #expect(forged.location == nil)
            #expect(try await OAuthAuthorizationCode.query(on: app.db).count() == 0)
        }
    }

    @Test("a bearer token cannot consent in a member's name: it is sent to the login form")
    func bearerTokenCannotConsent() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            _ = try await OAuthTesting.member(app)
            let token = try await OAuthTesting.passwordGrant(app, client: client, username: "erika", scope: "read write")
                .content.decode(TokenAnswer.self).access_token
            let response = try await OAuthTesting.get(app, OAuthTesting.authorizePath(client: client), token: token)
            #expect(response.status == .seeOther)
            #expect(response.location?.hasPrefix("/login?next=") == true)
        }
    }

    @Test("force_login shows the login form to a signed-in member and comes back without it")
    func forceLogin() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            try await TestBrowser(app).register("max")
            let browser = try await OAuthTesting.member(app)
            let path = OAuthTesting.authorizePath(client: client, state: "s1", extra: [("force_login", "True")])
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"action="/login""#))
            let next = OAuthTesting.unescape(String(try #require(page.text.firstMatch(of: /name="next" value="([^"]+)"/)).1))
            #expect(!next.contains("force_login"))
            #expect(OAuthTesting.query(of: next)["state"] == "s1")

            let login = try await browser.post("/login", form: ["identifier": "max", "password": OAuthTesting.password, "next": next])
            #expect(login.location == next)
            let consent = try await browser.get(next)
            #expect(consent.text.contains("@max"))
        }
    }

    @Test("a hostile state is shown escaped on the consent page and returned intact")
    func hostileState() async throws {
        try await withTestApp { app in
            let client = try await OAuthTesting.registerClient(app)
            let browser = try await OAuthTesting.member(app)
            let state = #""><script>alert(1)</script>"#
            let consent = try await browser.get(OAuthTesting.authorizePath(client: client, state: state))
            #expect(consent.status == .ok)
            #expect(!consent.text.contains("<script>alert(1)"))
            let approved = try await browser.post("/oauth/authorize", form: OAuthTesting.hiddenFields(of: consent.text, decision: "authorize"))
            #expect(OAuthTesting.query(of: approved.location)["state"] == state)
        }
    }

    @Test("the login form keeps a hostile next address escaped")
    func hostileNext() async throws {
        try await withTestApp { app in
            let page = try await TestBrowser(app).get("/login?next=/%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<script>alert(1)"))
            #expect(page.text.contains(#"name="next" value="/&quot;&gt;&lt;script&gt;"#))
        }
    }
}
