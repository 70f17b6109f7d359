@testable import Social
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A post of the full 5,000 characters is accepted however it is written; with Vapor's 16 kB body limit
/// 5,000 umlauts or emoji were refused with 413 before their length was even counted. Over real HTTP,
/// because only there the body's size is limited.
@Suite struct LongPostTests {
    static let emoji = String(repeating: "😀", count: PostText.maximumLength)

    @Test("5,000 emoji as escaped JSON (as Python clients send it), as a form, and through the web composer")
    func longestPost() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let escaped = #"{"status": "\#(Self.emoji.utf16.map { String(format: "\\u%04X", $0) }.joined())"}"#
            let form = "status=" + TestBrowser.formEncode(Self.emoji)
            #expect(escaped.utf8.count > 60_000 && form.utf8.count > 60_000)
            let browser = TestBrowser(app)
            try await browser.register("ben")
            let page = "text=\(TestBrowser.formEncode(Self.emoji))&visibility=public&_csrf=\(try await browser.currentCSRFToken())"

            try await app.withRunningServer { url in
                let auth: HTTPHeaders = ["Authorization": "Bearer \(anna.token)"]
                var json = auth, encoded = auth
                json.contentType = .json
                encoded.contentType = .urlEncodedForm
                let fromJSON = try await app.send(.POST, url + "/api/v1/statuses", headers: json, body: escaped)
                #expect(fromJSON.status == .ok)
                #expect(try fromJSON.content.decode(MastodonStatus.self).content.contains(Self.emoji))
                #expect(try await app.send(.POST, url + "/api/v1/statuses", headers: encoded, body: form).status == .ok)
                let tooLong = try await app.send(.POST, url + "/api/v1/statuses", headers: encoded, body: form + "%F0%9F%98%80")
                #expect(tooLong.status == .unprocessableEntity)

                var web: HTTPHeaders = ["Cookie": browser.cookieHeader]
                web.contentType = .urlEncodedForm
                // The client follows the redirect to the newsfeed.
                #expect(try await app.send(.POST, url + "/posts", headers: web, body: page).status == .ok)
            }
            #expect(try await browser.get("/").text.contains(Self.emoji))
        }
    }
}
