@testable import Accounts
import Foundation
@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A member as an API client sees them: a browser for the web pages, a personal token, the account id.
struct APIMember {
    let browser: TestBrowser
    let token: String
    let id: String
    let username: String
}

extension Application {
    /// Registers a member through the form and gives them a personal access token.
    func apiMember(_ username: String) async throws -> APIMember {
        let browser = TestBrowser(self)
        try await browser.register(username)
        let token = try await browser.createAccessToken()
        let me = try await api(.GET, "/api/v1/accounts/verify_credentials", token: token)
        return APIMember(browser: browser, token: token, id: try me.decoded(MastodonAccount.self).id, username: username)
    }

    /// A form-encoded API request, as Mastodon.py sends them; values may repeat (`id[]`).
    func apiForm(_ method: HTTPMethod, _ path: String, token: String?, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return try await testing().sendRequest(method, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a status as JSON and returns it; fails the test when that does not work.
    func postStatus(_ text: String, visibility: String = "public", by member: APIMember, extra: String = "",
                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> MastodonStatus {
        let json = #"{"status": \#(Self.jsonString(text)), "visibility": "\#(visibility)"\#(extra)}"#
        let response = try await api(.POST, "/api/v1/statuses", token: member.token, json: json)
        #expect(response.status == .ok, "posting failed: \(response.text)", sourceLocation: sourceLocation)
        return try response.decoded(MastodonStatus.self)
    }

    /// `a` asks `b` for friendship through the API and `b` accepts.
    func befriend(_ a: APIMember, _ b: APIMember) async throws {
        let asked = try await api(.POST, "/api/v1/accounts/\(b.id)/follow", token: a.token)
        #expect(asked.status == .ok)
        let accepted = try await api(.POST, "/api/v1/follow_requests/\(a.id)/authorize", token: b.token)
        #expect(accepted.status == .ok)
    }

    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}

extension TestingHTTPResponse {
    func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }

    /// The body as loose JSON, for checking the exact shape (explicit `null`s, strings for ids).
    var object: [String: Any] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(buffer: body), options: .fragmentsAllowed) as? [String: Any]) }
    }

    var array: [[String: Any]] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [[String: Any]]) }
    }

    /// The ids of a JSON array answer, in order.
    var ids: [String] {
        get throws { try array.map { try #require($0["id"] as? String) } }
    }

    var errorMessage: String? {
        (try? object)?["error"] as? String
    }

    /// The `Link` header's targets by relation, in the order they appear.
    var links: [(rel: String, url: String)] {
        guard let header = headers.first(name: .link) else { return [] }
        return header.matches(of: /<([^>]+)>; rel="([a-z]+)"/).map { (String($0.2), String($0.1)) }
    }
}
