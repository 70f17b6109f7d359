@testable import Accounts
import Foundation
@testable import Social
import Testing
import Vapor
import VaporTesting

/// A member as an API client sees them: a browser for the web pages, a personal token, the account id.
package struct APIMember {
    package let browser: TestBrowser
    package let token: String
    package let id: String
    package let username: String
}

extension Application {
    /// Registers a member through the form and gives them a personal access token.
    package func apiMember(_ username: String) async throws -> APIMember {
        let browser = TestBrowser(self)
        try await browser.register(username)
        let token = try await browser.createAccessToken()
        let me = try await api(.GET, "/api/v1/accounts/verify_credentials", token: token)
        return APIMember(browser: browser, token: token, id: try me.decoded(MastodonAccount.self).id, username: username)
    }

    /// A form-encoded API request, as Mastodon.py sends them; values may repeat (`id[]`).
    package func apiForm(_ method: HTTPMethod, _ path: String, token: String?, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return try await testing().sendRequest(method, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a status as JSON and returns it; fails the test when that does not work.
    package func postStatus(_ text: String, visibility: String = "public", by member: APIMember, extra: String = "",
                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> MastodonStatus {
        let json = #"{"status": \#(Self.jsonString(text)), "visibility": "\#(visibility)"\#(extra)}"#
        let response = try await api(.POST, "/api/v1/statuses", token: member.token, json: json)
        #expect(response.status == .ok, "posting failed: \(response.text)", sourceLocation: sourceLocation)
        return try response.decoded(MastodonStatus.self)
    }

    /// `a` asks `b` for friendship through the API and `b` accepts.
    package func befriend(_ a: APIMember, _ b: APIMember) async throws {
        let asked = try await api(.POST, "/api/v1/accounts/\(b.id)/follow", token: a.token)
        #expect(asked.status == .ok)
        let accepted = try await api(.POST, "/api/v1/follow_requests/\(a.id)/authorize", token: b.token)
        #expect(accepted.status == .ok)
    }

    package static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}

extension TestingHTTPResponse {
    package func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }

    /// The body as loose JSON, for checking the exact shape (explicit `null`s, strings for ids).
    package var object: [String: Any] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(buffer: body), options: .fragmentsAllowed) as? [String: Any]) }
    }

    package var array: [[String: Any]] {
        get throws { try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [[String: Any]]) }
    }

    /// The ids of a JSON array answer, in order.
    package var ids: [String] {
        get throws { try array.map { try #require($0["id"] as? String) } }
    }

    package var errorMessage: String? {
        (try? object)?["error"] as? String
    }

    /// The `Link` header's targets by relation, in the order they appear.
    package var links: [(rel: String, url: String)] {
        guard let header = headers.first(name: .link) else { return [] }
        return header.matches(of: /<([^>]+)>; rel="([a-z]+)"/).map { (String($0.2), String($0.1)) }
    }
}

/// One file of a multipart request.
package struct UploadPart: Sendable {
    package let field: String
    package let filename: String
    package let contentType: String
    package let data: Data

    package init(field: String = "file", filename: String, contentType: String, data: Data) {
        self.field = field
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

extension Application {
    /// A `multipart/form-data` request, as Mastodon.py uploads media and browsers send forms with files.
    package func apiUpload(_ path: String, method: HTTPMethod = .POST, token: String?, fields: [(String, String)] = [],
                           files: [UploadPart], cookie: String? = nil) async throws -> TestingHTTPResponse {
        let boundary = "treffpunkt-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.contentType)\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        if let cookie { headers.add(name: .cookie, value: cookie) }
        return try await testing().sendRequest(method, path, headers: headers, body: ByteBuffer(data: body))
    }
}
