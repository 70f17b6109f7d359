import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// What every request may carry. The fuzzer's NUL characters answered 500 on PostgreSQL, and a post
/// within the 5,000 characters could be too large to be read at all.
@Suite struct RequestInputTests {
    private func member(_ app: Application) async throws -> String {
        let browser = TestBrowser(app)
        try await browser.register("nora")
        return try await browser.createAccessToken()
    }

    private func send(_ app: Application, _ method: HTTPMethod, _ path: String, token: String, type: HTTPMediaType? = nil,
                      body: String? = nil, language: String = "de") async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Accept-Language": language]
        if let type { headers.contentType = type }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    private func error(_ response: TestingHTTPResponse) throws -> String? {
        (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?["error"] as? String
    }

    @Test("a NUL character in a query, a JSON or a form body is refused with 400, in the reader's language")
    func nulCharactersAreRefused() async throws {
        try await withTestApp { app in
            let token = try await member(app)
            let json = try await send(app, .POST, "/api/v1/statuses", token: token, type: .json, body: #"{"status": "a\u0000b"}"#)
            #expect(json.status == .badRequest)
            #expect(try error(json) == "Eingaben dürfen kein NUL-Zeichen (\\0) enthalten.")
            let form = try await send(app, .PATCH, "/api/v1/accounts/update_credentials", token: token, type: .urlEncodedForm,
                                      body: "display_name=a%00b", language: "en")
            #expect(form.status == .badRequest)
            #expect(try error(form) == "Input must not contain the NUL character (\\0).")
            let query = try await send(app, .GET, "/api/v2/search?q=a%00b", token: token)
            #expect(query.status == .badRequest)
            #expect(try await send(app, .GET, "/api/v1/timelines/tag/a%00b", token: token).status == .notFound)
            let page = try await TestBrowser(app).get("/search?q=%00")
            #expect(page.status == .badRequest)
        }
    }

    @Test("a backslash written before u0000 is text, not a NUL")
    func escapedBackslashIsText() async throws {
        try await withTestApp { app in
            let token = try await member(app)
            let response = try await send(app, .POST, "/api/v1/statuses", token: token, type: .json, body: #"{"status": "C:\\u0000"}"#)
            #expect(response.status == .ok)
            #expect(response.body.string.contains(#"C:\\u0000"#))
        }
    }

    @Test("a body too large for any request is refused with 413, in the reader's language")
    func oversizedBodiesAreRefusedInTheReadersLanguage() async throws {
        try await withTestApp { app in
            let token = try await member(app)
            let body = #"{"status": "\#(String(repeating: "a", count: 200_000))"}"#
            var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            headers.contentType = .json
            // Over real HTTP: the in-memory tester hands any body over whole.
            let response = try await app.withRunningServer { url in
                try await app.send(.POST, url + "/api/v1/statuses", headers: headers, body: body)
            }
            #expect(response.status == .payloadTooLarge)
            #expect(try response.content.decode([String: String].self)["error"] == "Die Anfrage ist zu groß.")
        }
    }
}
