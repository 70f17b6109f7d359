import Foundation
@testable import Mail
import Testing
import TreffpunktCore

@Suite("Mail on the wire: encodings, addresses and settings")
struct MailFormatTests {
    @Test("Quoted-printable keeps lines within 76 characters and encodes '=', non-ASCII bytes and trailing blanks")
    func quotedPrintable() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("Grüße") == "Gr=C3=BC=C3=9Fe")
        #expect(QuotedPrintable.encode("Ende \nweiter\t") == "Ende=20\r\nweiter=09")
        let long = QuotedPrintable.encode(String(repeating: "ä", count: 100) + String(repeating: "x", count: 200))
        let lines = long.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        // A soft break never splits an escape such as =C3.
        #expect(lines.allSatisfy { $0.firstMatch(of: /=[0-9A-F]?$/) == nil || $0.hasSuffix("=") })
    }

    @Test("An encoded subject uses words of at most 75 characters and never splits a character")
    func encodedWords() throws {
        let subject = String(repeating: "Bestätigung für Jürgen 👍 ", count: 6)
        let encoded = EncodedWord.headerText(subject)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = try words.map { word in
            let payload = try #require(Data(base64Encoded: String(word.dropFirst("=?UTF-8?B?".count).dropLast(2))))
            return try #require(String(data: payload, encoding: .utf8))
        }
        #expect(decoded.joined() == subject)
        #expect(EncodedWord.headerText("Plain subject") == "Plain subject")
        #expect(EncodedWord.headerText("Zeile\r\nBcc: x@example.com").contains("\n") == false)
    }

    @Test("Lines that begin with a dot get a second one, so the message cannot end early")
    func dotStuffing() {
        #expect(SMTPClient.dotStuffed(".a\r\nb\r\n.\r\n") == "..a\r\nb\r\n..\r\n")
        #expect(SMTPClient.dotStuffed("no newline") == "no newline\r\n")
    }

    @Test("Addresses that could add a header or a recipient are refused")
    func addresses() throws {
        #expect(MailAddress("x@example.com\r\nBcc: y@example.com") == nil)
        #expect(MailAddress("x@example.com>, <y@example.com") == nil)
        #expect(MailAddress("Name <a b@example.com>") == nil)
        #expect(MailAddress("kein-at-zeichen") == nil)
        let named = try #require(MailAddress("\"Müller, Anna\" <anna@example.com>"))
        #expect(named.name == "Müller, Anna")
        #expect(named.address == "anna@example.com")
        #expect(try #require(MailAddress("Treffpunkt <noreply@example.com>")).headerValue == "\"Treffpunkt\" <noreply@example.com>")
    }

    @Test("SMTP_URL gives host, port, TLS mode and percent-encoded credentials; a wrong one says what is wrong")
    func smtpURL() throws {
        let plain = try MailSettings.server(fromURL: "smtp://mail.example.com").get()
        #expect(plain == .init(host: "mail.example.com", port: 25, security: .startTLSWhenOffered))
        let secure = try MailSettings.server(fromURL: "smtps://treffpunkt%40example.com:p%C3%A4ss%3Aw@mail.example.com").get()
        #expect(secure == .init(host: "mail.example.com", port: 465, security: .implicitTLS,
                                username: "treffpunkt@example.com", password: "päss:w"))
        #expect(try MailSettings.server(fromURL: "smtp://user:pw@mail.example.com:587").get().port == 587)
        for wrong in ["http://mail.example.com", "smtp://", "smtp://:pw@mail.example.com", "mail.example.com"] {
            #expect(throws: MailSettingsProblem.self) { try MailSettings.server(fromURL: wrong).get() }
        }
        #expect(MailSettings.defaultSender(publicURL: "https://treffpunkt.musterfirma.de") == "Treffpunkt <noreply@treffpunkt.musterfirma.de>")
    }
}
