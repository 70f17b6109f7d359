import Foundation
@testable import Organisation
import TestSupport
import Vapor
import VaporTesting

/// The committed HR export (Windows-1252, `;`) and the same people in other encodings and layouts.
enum OrgImportFiles {
    static var twoHundred: [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mitarbeiter-200.csv")
        return [UInt8](FileManager.default.contents(atPath: url.path) ?? Data())
    }

    /// The fixture as text (it is Windows-1252, which is Latin-1 plus a few signs such as the dash "–").
    static var twoHundredText: String {
        guard let (text, encoding) = CSVTextDecoding.decode(twoHundred), encoding == .windows1252 else { return "" }
        return text
    }

    /// As Excel's "Unicode text": UTF-16 little-endian with byte-order mark, tab-separated.
    static var utf16Tabs: [UInt8] {
        let text = twoHundredText.replacingOccurrences(of: ";", with: "\t")
        return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// UTF-8 with byte-order mark, comma-separated, English headers.
    static var utf8Commas: [UInt8] {
        var lines = twoHundredText.components(separatedBy: "\r\n")
        lines[0] = "Name,Email,Position,Unit,Manager email"
        let text = ([lines[0]] + lines.dropFirst().map { $0.replacingOccurrences(of: ";", with: ",") }).joined(separator: "\n")
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
}

extension Application {
    /// Uploads a file through the import form as the browser's session, with the form token in the address.
    func uploadImport(_ bytes: [UInt8], as browser: TestBrowser, filename: String = "mitarbeiter.csv") async throws -> TestingHTTPResponse {
        let token = try await browser.currentCSRFToken()
        return try await apiUpload("/org/admin/import?_csrf=\(token)", token: nil,
                                   files: [UploadPart(filename: filename, contentType: "text/csv", data: Data(bytes))],
                                   cookie: browser.cookieHeader)
    }
}
