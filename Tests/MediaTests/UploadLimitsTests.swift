import Fluent
import Foundation
@testable import Media
import SQLKit
import Testing
import TestSupport
import TreffpunktCore
import Vapor
import VaporTesting

/// The whole of a streamed request is bounded, whatever the route: its files together, and its
/// fields together. Each test sends what an attacker would, over HTTP.
@Suite("Upload limits: whole requests and their fields")
struct UploadLimitsTests {
    /// Nothing of a refused upload stays behind: no medium, no temporary file.
    private func expectNothingKept(_ app: Application, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(try await MediaAttachment.query(on: app.db).count() == 0, sourceLocation: sourceLocation)
        let temporary = URL(fileURLWithPath: app.config.dataDirectory).appendingPathComponent("tmp")
        let leftovers = (try? FileManager.default.subpathsOfDirectory(atPath: temporary.path)) ?? []
        #expect(leftovers.isEmpty, "left in tmp: \(leftovers)", sourceLocation: sourceLocation)
    }

    @Test("Text fields that add up past the form limit are refused with 413, each one short, and nothing is kept")
    func manyFields() async throws {
        try await MediaFixtures.with { fixtures in
            try await withTestApp { app in
                let anna = try await app.apiMember("anna")
                let png = try await fixtures.solidImage("picture.png", width: 64, height: 48)
                let picture = UploadPart(filename: "picture.png", contentType: "image/png", data: try Data(contentsOf: png))
                // 40 fields of 4 KB, each far below the 64 KB one field may have; together 160 KB.
                let long = (1...40).map { ("note\($0)", String(repeating: "x", count: 4_000)) }
                // Empty fields cost their part headers, and those count too.
                let empty = (1...3_000).map { ("f\($0)", "") }
                for fields in [long, empty] {
                    let response = try await app.apiUpload("/api/v2/media", token: anna.token, fields: fields, files: [picture])
                    #expect(response.status == .payloadTooLarge, "\(response.status)")
                    #expect(response.errorMessage == "Die Formularfelder sind zusammen zu lang (höchstens 128 KB).")
                }
                try await expectNothingKept(app)
            }
        }
    }

    @Test("Files that together pass the largest upload are refused with 413; the post is not written and its text stays in the form")
    func filesTogether() async throws {
        try await withTestApp(configure: { $0.mediaLimits = MediaLimits(maxImageBytes: 1 << 20, maxVideoBytes: 2 << 20) }) { app in
            let anna = try await app.apiMember("anna")
            let token = try await anna.browser.currentCSRFToken()
            // Each under the largest upload of 2 MB, together 2.8 MB.
            let files = (1...4).map { UploadPart(field: "media", filename: "teil\($0).png", contentType: "image/png", data: Data(count: 700_000)) }
            let response = try await app.apiUpload("/posts?_csrf=\(token)", token: nil,
                                                   fields: [("text", "Vier Bilder vom Messestand"), ("visibility", "public")],
                                                   files: files, cookie: anna.browser.cookieHeader)
            #expect(response.status == .payloadTooLarge)
            #expect(response.text.contains("Die Anfrage ist zu groß (höchstens 2 MB an Dateien zusammen)."))
            #expect(response.text.contains("Vier Bilder vom Messestand"))
            let posts = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM posts").first()?.decode(column: "n", as: Int.self)
            #expect(posts == 0)
            try await expectNothingKept(app)
        }
    }

    @Test("A request that announces more than its files may hold is answered 413 at its first file byte, without waiting for the rest")
    func announcedTooLarge() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            try await app.withRunningServer { base in
                // 300 MB announced, the largest upload being 200 MB; a few bytes sent, the rest never comes.
                let status = try await UnfinishedRequest.status(
                    .POST, base, "/api/v2/media",
                    headers: ["Authorization": "Bearer \(anna.token)", "Content-Type": "multipart/form-data; boundary=grenze"],
                    contentLength: 300 << 20,
                    firstBytes: "--grenze\r\nContent-Disposition: form-data; name=\"file\"; filename=\"film.mp4\"\r\n\r\nerste Bytes")
                #expect(status == .payloadTooLarge)
            }
            try await expectNothingKept(app)
        }
    }
}
