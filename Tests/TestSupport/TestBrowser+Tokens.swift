import Foundation
import Vapor
import VaporTesting

extension TestBrowser {
    /// Creates a personal access token through the settings page, as a member would for a script.
    package func createAccessToken(name: String = "Testskript") async throws -> String {
        let created = try await post("/settings/tokens", form: ["name": name])
        guard created.status == .created, let match = created.text.firstMatch(of: /id="new-token">([^<]+)</) else {
            throw Abort(.internalServerError, reason: "no token on the page (status \(created.status))")
        }
        return String(match.1)
    }
}

extension Application {
    /// Sends an API request with a bearer token (or none, as a logged-out client) and an optional JSON body.
    package func api(_ method: HTTPMethod, _ path: String, token: String? = nil, json: String? = nil) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        if json != nil { headers.contentType = .json }
        return try await testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}
