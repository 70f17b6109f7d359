import Fluent
import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import Vapor

@Suite("Delivery to a real SMTP server")
struct SMTPDeliveryTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let text = """
        Hallo Jürgen Müller,

        schöne Grüße aus Stuttgart: Ihr Link ist https://treffpunkt.musterfirma.de/register/confirm?token=a=b
        .Diese Zeile beginnt mit einem Punkt, die nächste besteht nur aus einem.
        .
        \(String(repeating: "Über Äpfel, Öl und Straßen – ", count: 8))Ende.
        Zeilenende mit Leerzeichen\u{20}

        """
    static let html = "<p>Hallo Jürgen,</p>\n<p>100&nbsp;€ für <a href=\"https://treffpunkt.musterfirma.de/?a=1&amp;b=2\">Äpfel</a></p>"
    static let mail = OutgoingMail(
        recipient: "juergen.mueller@musterfirma.de",
        subject: "Grüße aus Stuttgart – bitte bestätigen Sie Ihre Adresse für Jürgen Müller (äöüß €)",
        text: text, html: html, language: .de)

    /// TLS tests connect to `localhost`, the name in their certificate.
    private func configured(host: String = "127.0.0.1", port: Int, security: MailSettings.Security = .startTLSWhenOffered,
                            username: String? = nil, password: String? = nil) -> (inout AppConfig) -> Void {
        { config in
            config.mail = MailSettings(server: .init(host: host, port: port, security: security, username: username, password: password),
                                       sender: "Treffpunkt der Müller GmbH <noreply@musterfirma.de>")
        }
    }

    private func stored(_ id: Int64, _ app: Application) async throws -> OutboxMessage {
        try #require(try await OutboxMessage.find(id, on: app.db))
    }

    @Test("A message reaches a real SMTP server with its headers, both parts and German umlauts intact")
    func plainDelivery() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: configured(port: server.port)) { app in
                let id = try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: Self.start) == .init(sent: 1))

                let files = try server.deliveredFiles()
                try #require(files.count == 1)
                let delivered = try await DeliveredMail.read(files[0])
                #expect(delivered.subject == Self.mail.subject)
                #expect(delivered.from == "Treffpunkt der Müller GmbH <noreply@musterfirma.de>")
                #expect(delivered.to == "juergen.mueller@musterfirma.de")
                #expect(delivered.message_id == "<outbox-\(id)@musterfirma.de>")
                #expect(delivered.date == "Fri, 15 Jan 2027 08:00:00 +0000")
                #expect(delivered.content_type == "multipart/alternative")
                #expect(delivered.transfer_encodings == ["quoted-printable", "quoted-printable"])
                #expect(delivered.text == Self.text)
                #expect(delivered.html == Self.html)
                #expect(delivered.defects.isEmpty)
                // On the wire: 7-bit, short lines, the subject as RFC 2047 words.
                let sevenBit = delivered.raw.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(sevenBit)
                #expect(delivered.raw.contains("Subject: =?UTF-8?B?"))
                let longLines = delivered.raw.components(separatedBy: .newlines).filter { $0.count > 78 }
                #expect(longLines.isEmpty, "\(longLines)")

                let message = try await stored(id, app)
                #expect(message.state == .sent)
                #expect(message.sentAt != nil)
                #expect(message.attempts == 1)
                #expect(message.textBody.isEmpty && message.htmlBody.isEmpty)   // single-use links do not stay behind
            }
        }
    }

    @Test("STARTTLS and AUTH PLAIN: a server that requires both gets the message")
    func startTLSAndPlainLogin() async throws {
        let certificate = try await TestCertificate.make()
        defer { certificate.remove() }
        try await withSMTPTestServer(options: certificate.serverOptions() + ["--auth", "treffpunkt:Geheim-Wört 1"]) { server in
            try await withTestApp(configure: configured(host: "localhost", port: server.port, username: "treffpunkt", password: "Geheim-Wört 1")) { app in
                try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
                let delivery = try #require(MailFeature.delivery(on: app, tls: try certificate.trustingClient))
                #expect(try await delivery.deliverDue(now: Self.start) == .init(sent: 1))
                let delivered = try await DeliveredMail.read(try #require(try server.deliveredFiles().first))
                #expect(delivered.subject == Self.mail.subject)
            }
        }
    }

    @Test("TLS from the first byte (smtps://) with AUTH LOGIN")
    func implicitTLSAndLoginMechanism() async throws {
        let certificate = try await TestCertificate.make()
        defer { certificate.remove() }
        let options = certificate.serverOptions(implicit: true) + ["--auth", "treffpunkt:geheim", "--auth-mechanism", "LOGIN"]
        try await withSMTPTestServer(options: options) { server in
            try await withTestApp(configure: configured(host: "localhost", port: server.port, security: .implicitTLS,
                                                        username: "treffpunkt", password: "geheim")) { app in
                try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
                let delivery = try #require(MailFeature.delivery(on: app, tls: try certificate.trustingClient))
                #expect(try await delivery.deliverDue(now: Self.start) == .init(sent: 1))
                #expect(try server.deliveredFiles().count == 1)
            }
        }
    }

    @Test("A certificate the system does not trust stops the delivery, and the message waits for the next attempt")
    func untrustedCertificate() async throws {
        let certificate = try await TestCertificate.make()
        defer { certificate.remove() }
        try await withSMTPTestServer(options: certificate.serverOptions()) { server in
            try await withTestApp(configure: configured(host: "localhost", port: server.port)) { app in
                let id = try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: Self.start) == .init(retrying: 1))
                #expect(try server.deliveredFiles().isEmpty)
                #expect(try await stored(id, app).lastError?.contains("CERTIFICATE_VERIFY_FAILED") == true)
            }
        }
    }

    @Test("Without a listening server the message waits with its back-off; once the server is up, the next due run delivers it")
    func retriesWithBackOff() async throws {
        let port = try await SMTPTestServer.freePort()
        try await withTestApp(configure: configured(port: port)) { app in
            let id = try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
            let delivery = try #require(MailFeature.delivery(on: app))

            #expect(try await delivery.deliverDue(now: Self.start) == .init(retrying: 1))
            var message = try await stored(id, app)
            #expect(message.state == .pending)
            #expect(message.attempts == 1)
            #expect(abs(message.nextAttemptAt.timeIntervalSince(Self.start) - 60) < 0.01)
            #expect(message.lastError?.isEmpty == false)

            #expect(try await delivery.deliverDue(now: Self.start + 59) == .init())   // not due yet
            #expect(try await delivery.deliverDue(now: Self.start + 60) == .init(retrying: 1))
            message = try await stored(id, app)
            #expect(message.attempts == 2)
            #expect(abs(message.nextAttemptAt.timeIntervalSince(Self.start) - 180) < 0.01)   // then 2 minutes

            try await withSMTPTestServer(port: port) { server async throws in
                #expect(try await delivery.deliverDue(now: Self.start + 179) == .init())
                #expect(try await delivery.deliverDue(now: Self.start + 180) == .init(sent: 1))
                #expect(try server.deliveredFiles().count == 1)
            }
            message = try await stored(id, app)
            #expect(message.state == .sent)
            #expect(message.attempts == 3)
            #expect(message.lastError == nil)
        }
    }

    @Test("A message that fails every attempt is given up as failed after the last one")
    func givesUp() async throws {
        let port = try await SMTPTestServer.freePort()
        try await withTestApp(configure: configured(port: port)) { app in
            let id = try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
            let delivery = try #require(MailFeature.delivery(on: app, policy: RetryPolicy(maxAttempts: 2)))
            #expect(try await delivery.deliverDue(now: Self.start) == .init(retrying: 1))
            #expect(try await delivery.deliverDue(now: Self.start + 60) == .init(failed: 1))
            #expect(try await delivery.deliverDue(now: Self.start + 86_400) == .init())
            let message = try await stored(id, app)
            #expect(message.state == .failed)
            #expect(message.attempts == 2)
        }
    }

    @Test("A recipient the server refuses for good is failed at once, with the server's answer kept")
    func permanentRefusal() async throws {
        try await withSMTPTestServer(options: ["--refuse-prefix", "unbekannt"]) { server in
            try await withTestApp(configure: configured(port: server.port)) { app in
                var mail = Self.mail
                mail.recipient = "unbekannt@musterfirma.de"
                let id = try await MailOutbox(database: app.db).enqueue(mail, now: Self.start)
                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: Self.start) == .init(failed: 1))
                let message = try await stored(id, app)
                #expect(message.state == .failed)
                #expect(message.lastError == "RCPT TO: 550 5.1.1 No such user here")
            }
        }
    }

    @Test("Two senders working at once deliver every message exactly once")
    func concurrentSendersNeverSendTwice() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: configured(port: server.port)) { app in
                for number in 1...6 {
                    var mail = Self.mail
                    mail.subject = "Nachricht \(number)"
                    try await MailOutbox(database: app.db).enqueue(mail, now: Self.start)
                }
                let first = try #require(MailFeature.delivery(on: app))
                let second = try #require(MailFeature.delivery(on: app))
                async let one = first.deliverDue(now: Self.start)
                async let two = second.deliverDue(now: Self.start)
                let reports = try await [one, two]
                #expect(reports.map(\.sent).reduce(0, +) == 6)
                var subjects: [String] = []
                for file in try server.deliveredFiles() {
                    subjects.append(try await DeliveredMail.read(file).subject)
                }
                #expect(subjects.sorted() == (1...6).map { "Nachricht \($0)" })
                let attempts = try await OutboxMessage.query(on: app.db).all().map(\.attempts)
                #expect(attempts == Array(repeating: 1, count: 6))
            }
        }
    }

    @Test("serve's background loop delivers what is due without anyone waiting for it")
    func backgroundLoop() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: configured(port: server.port)) { app in
                try await MailOutbox(database: app.db).enqueue(Self.mail, now: Self.start)
                MailFeature.startDelivery(on: app, clock: { Self.start })
                let deadline = ContinuousClock.now + .seconds(30)
                while try server.deliveredFiles().isEmpty, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(50))
                }
                #expect(try server.deliveredFiles().count == 1)
            }
        }
    }
}
