@testable import Accounts
import Foundation
import Testing
import TestSupport
import VaporTesting

/// A client app as Mastodon's `CredentialApplication` describes it right after registration.
struct RegisteredClient: Decodable {
    let id: String
    let name: String
    let website: String?
    let scopes: [String]
    let redirect_uri: String
    let redirect_uris: [String]
    let client_id: String
    let client_secret: String
    let client_secret_expires_at: Int?
    let vapid_key: String
}

/// Mastodon's `Token`.
struct TokenAnswer: Decodable {
    let access_token: String
    let token_type: String
    let scope: String
    let created_at: Int
}

/// OAuth's error shape (`error`, `error_description`) and the API's plain `{"error": …}`.
struct ErrorAnswer: Decodable {
    let error: String
    let error_description: String?
}

/// Drives the OAuth endpoints over HTTP the way client programs do.
enum OAuthTesting {
    static let callback = "https://client.example/callback"
    static let outOfBand = "urn:ietf:wg:oauth:2.0:oob"
    static let password = "richtig-gutes-passwort"

    static func registerClient(_ app: Application, name: String = "Pinnwand-App", redirectURIs: [String] = [callback, outOfBand],
                               scopes: String = "read write follow push") async throws -> RegisteredClient {
        let response = try await postForm(app, "/api/v1/apps", [
            "client_name": name, "redirect_uris": redirectURIs.joined(separator: "\n"), "scopes": scopes, "website": "https://client.example",
        ])
        #expect(response.status == .ok)
        return try response.content.decode(RegisteredClient.self)
    }

    /// Registers a person through a client app, as Mastodon.py's `create_account` does, and returns the
    /// token `POST /api/v1/accounts` answers with.
    static func signUpThroughApp(_ app: Application, username: String, email: String, locale: String) async throws -> String {
        let client = try await registerClient(app)
        let appToken = try await clientCredentials(app, client: client, scope: "read write").content.decode(TokenAnswer.self).access_token
        let signUp = try await postForm(app, "/api/v1/accounts", [
            "username": username, "email": email, "password": password, "agreement": "true", "locale": locale,
        ], headers: ["Authorization": "Bearer \(appToken)"])
        #expect(signUp.status == .ok)
        return try signUp.content.decode(TokenAnswer.self).access_token
    }

    @discardableResult
    static func postForm(_ app: Application, _ path: String, _ fields: [String: String], headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var all = headers
        all.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        let body = fields.map { "\(formEncode($0.key))=\(formEncode($0.value))" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, headers: all, body: ByteBuffer(string: body))
    }

    static func postJSON(_ app: Application, _ path: String, _ json: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var all = headers
        all.replaceOrAdd(name: .contentType, value: "application/json")
        return try await app.testing().sendRequest(.POST, path, headers: all, body: ByteBuffer(string: json))
    }

    static func get(_ app: Application, _ path: String, token: String?) async throws -> TestingHTTPResponse {
        let headers: HTTPHeaders = token.map { ["Authorization": "Bearer \($0)"] } ?? [:]
        return try await app.testing().sendRequest(.GET, path, headers: headers)
    }

    /// Mastodon.py's and toot's login: the password grant.
    static func passwordGrant(_ app: Application, client: RegisteredClient, username: String, password: String = password,
                              scope: String? = nil) async throws -> TestingHTTPResponse {
        var fields = ["grant_type": "password", "client_id": client.client_id, "client_secret": client.client_secret,
                      "username": username, "password": password]
        fields["scope"] = scope
        return try await postForm(app, "/oauth/token", fields)
    }

    static func clientCredentials(_ app: Application, client: RegisteredClient, scope: String? = nil) async throws -> TestingHTTPResponse {
        var fields = ["grant_type": "client_credentials", "client_id": client.client_id, "client_secret": client.client_secret]
        fields["scope"] = scope
        return try await postForm(app, "/oauth/token", fields)
    }

    /// The consent page's address, as an app builds it.
    static func authorizePath(client: RegisteredClient, redirectURI: String = callback, scope: String? = "read write",
                              state: String? = nil, extra: [(String, String)] = []) -> String {
        var items = [("response_type", "code"), ("client_id", client.client_id), ("redirect_uri", redirectURI)]
        if let scope { items.append(("scope", scope)) }
        if let state { items.append(("state", state)) }
        items += extra
        return "/oauth/authorize?" + items.map { "\($0.0)=\(formEncode($0.1))" }.joined(separator: "&")
    }

    /// A member signed in in a browser, who then approves the app on the consent page; returns the redirect.
    static func approve(_ browser: TestBrowser, path: String) async throws -> TestingHTTPResponse {
        let page = try await browser.get(path)
        #expect(page.status == .ok)
        return try await browser.post("/oauth/authorize", form: hiddenFields(of: page.text, decision: "authorize"))
    }

    /// Signs up a member in a fresh browser, who stays signed in there.
    static func member(_ app: Application, _ username: String = "erika") async throws -> TestBrowser {
        let browser = TestBrowser(app)
        #expect(try await browser.register(username, displayName: username.capitalized).status == .seeOther)
        return browser
    }

    /// The hidden fields of the consent page's form for one decision, as the browser would send them.
    static func hiddenFields(of html: String, decision: String) -> [String: String] {
        for form in html.matches(of: #/<form[^>]*action="/oauth/authorize"[^>]*>(.*?)</form>/#.dotMatchesNewlines()) {
            var fields: [String: String] = [:]
            for input in form.1.matches(of: /<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/) {
                fields[String(input.1)] = unescape(String(input.2))
            }
            if fields["decision"] == decision { return fields }
        }
        Issue.record("no consent form for \(decision)")
        return [:]
    }

    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The query parameters of a redirect's address, decoded.
    static func query(of location: String?) -> [String: String] {
        guard let location, let components = URLComponents(string: location) else { return [:] }
        var values: [String: String] = [:]
        for item in components.percentEncodedQueryItems ?? [] {
            values[item.name] = item.value?.removingPercentEncoding
        }
        return values
    }

    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
