@testable import Social
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A request without a body has no fields: it gets the answer its missing fields deserve, in the
/// reader's language, never Vapor's bare "Unprocessable Entity". The fuzzer sent such requests.
@Suite struct APIEmptyBodyTests {
    @Test("POST /api/v1/markers without a body changes nothing and answers the markers")
    func markersWithoutBody() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let ben = try await app.apiMember("ben")
            _ = try await app.postStatus("@anna Hallo", by: ben)
            let empty = try await app.apiForm(.POST, "/api/v1/markers", token: anna.token, [])
            #expect(empty.status == .ok)
            #expect(empty.text == "{}")

            let id = try #require(try await app.api(.GET, "/api/v1/notifications", token: anna.token).ids.first)
            _ = try await app.api(.POST, "/api/v1/markers", token: anna.token, json: #"{"notifications": {"last_read_id": "\#(id)"}}"#)
            let again = try await app.api(.POST, "/api/v1/markers", token: anna.token)
            #expect(again.status == .ok)
            #expect(try (again.object["notifications"] as? [String: Any])?["last_read_id"] as? String == id)
        }
    }

    @Test("a status without a body is refused as empty, in the reader's language")
    func statusWithoutBody() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let created = try await app.apiForm(.POST, "/api/v1/statuses", token: anna.token, [])
            #expect(created.status == .unprocessableEntity)
            #expect(created.errorMessage == "Der Beitrag ist leer.")

            let post = try await app.postStatus("Erste Fassung", by: anna)
            let edited = try await app.api(.PUT, "/api/v1/statuses/\(post.id)", token: anna.token)
            #expect(edited.status == .unprocessableEntity)
            #expect(edited.errorMessage == "Der Beitrag ist leer.")
        }
    }
}
