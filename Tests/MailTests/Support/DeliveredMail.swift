import Foundation
import Subprocess
import SystemPackage

/// A message as the SMTP server stored it, decoded by Python's `email` package (not by our own code):
/// what a mail program would show.
struct DeliveredMail: Decodable {
    let from: String
    let to: String
    let subject: String
    let date: String
    let message_id: String
    let content_type: String
    let text: String?
    let html: String?
    let transfer_encodings: [String]
    let defects: [String]
    /// The file as it arrived, headers and encoded body.
    var raw = ""

    private enum CodingKeys: String, CodingKey {
        case from, to, subject, date, message_id, content_type, text, html, transfer_encodings, defects
    }

    static func read(_ file: URL) async throws -> DeliveredMail {
        let result = try await Subprocess.run(
            .path(FilePath(Repository.python)), arguments: [Repository.sink, "read", file.path],
            output: .data(limit: 1 << 20), error: .string(limit: 1 << 16)
        )
        guard case .exited(0) = result.terminationStatus else {
            throw SMTPTestServerError(description: "smtp_sink.py read failed: \(result.standardError)")
        }
        var mail = try JSONDecoder().decode(DeliveredMail.self, from: result.standardOutput)
        mail.raw = try String(contentsOf: file, encoding: .utf8)
        return mail
    }
}
