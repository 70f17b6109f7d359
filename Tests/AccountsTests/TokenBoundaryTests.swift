@testable import Accounts
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Bearer tokens sign in under `/api` only, where scopes are checked; the web knows sessions only. And a
/// session's writes to the API must come from this site's own pages. Each test replays an attack from outside.
@Suite("Where tokens and sessions count")
struct TokenBoundaryTests {
    @Test("a read-only token signs nobody in on the web: it cannot publish, mint a full token or ask for friendship")
    func readTokenIsNoWebLogin() async throws {
        try await withTestApp { app in
            let anna = try await OAuthTesting.member(app, "anna")
            let ben = try await OAuthTesting.member(app, "ben")
            let client = try await OAuthTesting.registerClient(app)
            let granted = try await OAuthTesting.passwordGrant(app, client: client, username: "anna", scope: "read")
            let readToken = try granted.content.decode(TokenAnswer.self).access_token

            // The attacker's "browser" carries the token on every request and fetches a form token first.
            let attacker = TestBrowser(app)
            attacker.headers.add(name: .authorization, value: "Bearer \(readToken)")
            let settings = try await attacker.get("/settings/tokens")
            #expect(settings.status != .ok, "the token must not sign anna in on a page")

            let published = try await attacker.post("/posts", form: ["text": "Gekapert", "visibility": "public"])
            #expect(published.status != .seeOther || published.location?.hasPrefix("/login") == true)
            let minted = try await attacker.post("/settings/tokens", form: ["name": "voll"])
            #expect(minted.status != .created)
            #expect(!minted.body.string.contains("new-token"))
            let befriended = try await attacker.post("/@ben/relationship", form: ["action": "befriend"])
            #expect(befriended.status != .seeOther || befriended.location?.hasPrefix("/login") == true)

            // Nothing happened: anna's timeline is empty, she has one token only (the read token), ben no request.
            let statuses = try await OAuthTesting.get(app, "/api/v1/timelines/home", token: readToken)
            #expect(statuses.status == .ok)
            #expect(statuses.body.string == "[]")
            let tokens = try await anna.get("/settings/tokens")
            #expect(!tokens.body.string.contains("voll"))
            let friends = try await ben.get("/friends")
            #expect(!friends.body.string.contains("/@anna"))
            // The same token still reads through the API, where its scope is checked: writes are refused there.
            let write = try await app.api(.POST, "/api/v1/statuses", token: readToken, json: #"{"status":"Gekapert"}"#)
            #expect(write.status == .forbidden)
        }
    }

    @Test("the session cookie alone cannot write to the API from another origin; the same origin and the form token can")
    func sessionWritesToTheAPINeedOurOrigin() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://treffpunkt.example" }) { app in
            let anna = try await OAuthTesting.member(app, "anna")
            func post(_ extra: HTTPHeaders, text: String) async throws -> TestingHTTPResponse {
                var headers = extra
                headers.replaceOrAdd(name: .cookie, value: anna.cookieHeader)
                headers.contentType = .json
                return try await app.testing().sendRequest(.POST, "/api/v1/statuses", headers: headers,
                                                           body: ByteBuffer(string: #"{"status":"\#(text)"}"#))
            }
            let foreign = try await post(["Origin": "https://attacker.invalid"], text: "fremd")
            #expect(foreign.status == .forbidden)
            #expect(foreign.errorMessage?.contains("API-Token") == true)
            let sibling = try await post(["Origin": "https://evil.treffpunkt.example", "Sec-Fetch-Site": "same-site"], text: "nachbar")
            #expect(sibling.status == .forbidden)
            let bare = try await post([:], text: "ohne")
            #expect(bare.status == .forbidden)
            var profile: HTTPHeaders = ["Origin": "https://attacker.invalid", "Cookie": anna.cookieHeader, "Content-Type": "application/json"]
            let patched = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/update_credentials", headers: profile,
                                                              body: ByteBuffer(string: #"{"note":"gekapert"}"#))
            #expect(patched.status == .forbidden)
            profile.remove(name: .origin)

            #expect(try await post(["Origin": "https://treffpunkt.example"], text: "eigen").status == .ok)
            #expect(try await post(["Sec-Fetch-Site": "same-origin"], text: "gleich").status == .ok)
            let token = try await anna.currentCSRFToken()
            #expect(try await post(["X-CSRF-Token": token], text: "formular").status == .ok)
            #expect(try await post(["X-CSRF-Token": "falsch"], text: "falsch").status == .forbidden)
            // Reading with the cookie stays as it was.
            let read = try await app.testing().sendRequest(.GET, "/api/v1/timelines/home", headers: ["Cookie": anna.cookieHeader])
            #expect(read.status == .ok)
            #expect(read.body.string.contains("eigen") && !read.body.string.contains("fremd") && !read.body.string.contains("ohne"))
        }
    }

    @Test("visitors of the API see no position or department; signed-in readers and the owner do")
    func workDetailsAreForMembers() async throws {
        try await withTestApp { app in
            let anna = try await OAuthTesting.member(app, "anna")
            let saved = try await anna.post("/settings/profile", form: [
                "display_name": "Anna", "bio": "Hallo", "position": "Leiterin Einkauf", "department": "Einkauf",
            ])
            #expect(saved.status == .seeOther)
            let anonymous = try await app.api(.GET, "/api/v1/accounts/lookup?acct=anna")
            #expect(anonymous.status == .ok)
            #expect(!anonymous.body.string.contains("Einkauf"))
            let id = try #require(try anonymous.object["id"] as? String)
            let byID = try await app.api(.GET, "/api/v1/accounts/\(id)")
            #expect(!byID.body.string.contains("Einkauf"))

            let ben = try await app.apiMember("ben")
            let seen = try await app.api(.GET, "/api/v1/accounts/lookup?acct=anna", token: ben.token)
            #expect(seen.body.string.contains("Leiterin Einkauf"))
        }
    }
}
