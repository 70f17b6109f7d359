import Accounts
import Foundation
import TreffpunktCore
import Vapor
import VaporTesting

/// Acts like one person's browser against the app: keeps cookies between requests and fills in
/// the form token (`_csrf`) the way a page's form would.
package final class TestBrowser: @unchecked Sendable {
    private let app: Application
    private var cookies: [String: String] = [:]
    private var csrfToken: String?
    /// Extra headers on every request, such as `Accept-Language`.
    package var headers: HTTPHeaders = [:]

    package init(_ app: Application) {
        self.app = app
    }

    @discardableResult
    package func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form as a browser would, with the session's form token unless `csrf` is false.
    @discardableResult
    package func post(_ path: String, form: [String: String] = [:], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, fields["_csrf"] == nil {
            fields["_csrf"] = try await currentCSRFToken()
        }
        let body = fields.map { "\(Self.formEncode($0.key))=\(Self.formEncode($0.value))" }.joined(separator: "&")
        var requestHeaders: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        return try await send(.POST, path, headers: &requestHeaders, body: body)
    }

    /// Logs in through the login form; returns the response (303 on success).
    @discardableResult
    package func logIn(_ identifier: String, password: String) async throws -> TestingHTTPResponse {
        try await post("/login", form: ["identifier": identifier, "password": password])
    }

    /// Registers through the form; the browser is signed in afterwards when it worked (303).
    /// With open registration, while the app has no administrator, the form carries a fresh setup token,
    /// as the operator's own registration through `serve`'s setup address does: a test's first member is
    /// its administrator. Registration by domain or invitation treats the first person like anyone else.
    /// A free registration makes a guest; most tests play among colleagues, so unless `affiliation` says
    /// `.guest`, an administrator then makes the person an employee, as after the HR import.
    @discardableResult
    package func register(_ username: String, email: String? = nil, password: String = "richtig-gutes-passwort",
                          displayName: String? = nil, extra: [String: String] = [:],
                          affiliation: Affiliation = .employee) async throws -> TestingHTTPResponse {
        var form = ["username": username, "display_name": displayName ?? username.capitalized,
                    "email": email ?? "\(username)@example.com", "password": password]
        if app.config.registrationMode == .open {
            form["setup_token"] = try await AdministratorSetup(database: app.db).issueTokenIfNeeded(settings: app.instanceSettings)
        }
        form.merge(extra) { _, new in new }
        let response = try await post("/register", form: form)
        if response.status == .seeOther, affiliation == .employee {
            try await AffiliationChange(database: app.db).set(.employee, forUsername: username)
        }
        return response
    }

    package var hasSessionCookie: Bool { cookies["treffpunkt_session"] != nil }

    /// The cookies as a `Cookie` header, to send as this browser over the wire (`withRunningServer`).
    package var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    /// The session's form token, as a page's form carries it.
    package func currentCSRFToken() async throws -> String {
        if let csrfToken { return csrfToken }
        // Every page carries the token in its language form; a missing page is the cheapest page.
        try await get("/__page-for-form-token")
        guard let csrfToken else { throw Abort(.internalServerError, reason: "page without a form token") }
        return csrfToken
    }

    private func send(_ method: HTTPMethod, _ path: String) async throws -> TestingHTTPResponse {
        var none: HTTPHeaders = [:]
        return try await send(method, path, headers: &none, body: nil)
    }

    private func send(_ method: HTTPMethod, _ path: String, headers extra: inout HTTPHeaders, body: String?) async throws -> TestingHTTPResponse {
        var requestHeaders = headers
        requestHeaders.add(contentsOf: extra)
        if !cookies.isEmpty {
            requestHeaders.replaceOrAdd(name: .cookie, value: cookieHeader)
        }
        let response = try await app.testing().sendRequest(method, path, headers: requestHeaders,
                                                           body: body.map { ByteBuffer(string: $0) })
        remember(response)
        return response
    }

    private func remember(_ response: TestingHTTPResponse) {
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            let expired = value.expires.map { $0 < Date() } ?? false || value.maxAge == 0
            if expired {
                cookies[name] = nil
            } else {
                if cookies[name] != value.string { csrfToken = nil }
                cookies[name] = value.string
            }
        }
        let html = response.body.string
        if let match = html.firstMatch(of: /name="_csrf" value="([^"]+)"/) {
            csrfToken = String(match.1)
        }
    }

    package static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
