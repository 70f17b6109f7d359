import Foundation
import Testing
import Vapor
import VaporTesting

extension TestBrowser {
    /// Imports people as this administrator's browser does: the CSV through the import form (UTF-8,
    /// `;`, German headers), then the preview's confirmation. Each person is `(name, e-mail, unit path)`.
    package func importHRPeople(_ people: [(name: String, email: String, unit: String)], on app: Application,
                                sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let lines = ["Name;E-Mail;Stelle;Einheit;Vorgesetzte/r E-Mail"] + people.map { "\($0.name);\($0.email);Fachkraft;\($0.unit);" }
        let csrf = try await currentCSRFToken()
        let preview = try await app.apiUpload("/org/admin/import?_csrf=\(csrf)", token: nil,
                                              files: [UploadPart(filename: "mitarbeiter.csv", contentType: "text/csv",
                                                                 data: Data(lines.joined(separator: "\n").utf8))],
                                              cookie: cookieHeader)
        #expect(preview.status == .ok, sourceLocation: sourceLocation)
        let token = try #require(preview.body.string.firstMatch(of: /name="token" value="([^"]+)"/), sourceLocation: sourceLocation).1
        let done = try await post("/org/admin/import/confirm", form: ["token": String(token)])
        #expect(done.status == .seeOther, sourceLocation: sourceLocation)
    }
}
