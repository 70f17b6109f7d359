import Foundation
import TreffpunktCore

/// An outgoing mail as the bytes of SMTP's `DATA`: headers and a `multipart/alternative` body with a
/// plain-text and an HTML part, UTF-8 in quoted-printable, lines ending in CRLF, 7-bit throughout.
struct MIMEMessage {
    let from: MailAddress
    let to: MailAddress
    let subject: String
    let text: String
    let html: String
    let language: AppLanguage
    /// Stable for one outbox message, so a copy sent twice after a crash is recognisable as the same.
    let messageID: String
    let date: Date

    /// `=_` cannot occur in quoted-printable text (`=` is always followed by hex digits or a line break),
    /// so the boundary never collides with a body.
    private let boundary = "=_treffpunkt_" + RandomToken.make(byteCount: 12)

    init(from: MailAddress, to: MailAddress, subject: String, text: String, html: String, language: AppLanguage,
         messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.language = language
        self.messageID = messageID
        self.date = date
    }

    var rendered: String {
        let headers = [
            "From: \(from.headerValue)",
            "To: \(to.headerValue)",
            "Subject: \(EncodedWord.headerText(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Language: \(language.rawValue)",
            // Automatic mail: out-of-office replies and other robots stay silent (RFC 3834).
            "Auto-Submitted: auto-generated",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        let parts = [part("text/plain", text), part("text/html", html)]
        return headers.joined(separator: "\r\n") + "\r\n\r\n"
            + parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined()
            + "--\(boundary)--\r\n"
    }

    private func part(_ type: String, _ body: String) -> String {
        "Content-Type: \(type); charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + QuotedPrintable.encode(body)
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Tue, 08 Dec 2026 09:30:00 +0000`, in English whatever the machine's locale.
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(weekdays[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
