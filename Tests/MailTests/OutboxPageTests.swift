import Fluent
import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import Vapor

@Suite("The outbox in the administration")
struct OutboxPageTests {
    private func mail(_ subject: String, html: String = "<p>Hallo</p>") -> OutgoingMail {
        OutgoingMail(recipient: "erika@musterfirma.de", subject: subject, text: "Text von \(subject)", html: html, language: .de)
    }

    @Test("Admins read the outbox newest first and one message's text; members get 403, visitors the login page")
    func adminsOnly() async throws {
        try await withTestApp { app in
            let admin = TestBrowser(app)
            try await admin.register("anna")
            let member = TestBrowser(app)
            try await member.register("ben")
            let outbox = MailOutbox(database: app.db)
            let now = Date()
            try await outbox.enqueue(mail("Älteste Nachricht"), now: now.addingTimeInterval(-60))
            let newest = try await outbox.enqueue(mail("Neueste Nachricht", html: "<script>alert(1)</script>"), now: now)

            let list = try await admin.get("/admin/outbox")
            #expect(list.status == .ok)
            let older = try #require(list.text.range(of: "Älteste Nachricht"))
            let newer = try #require(list.text.range(of: "Neueste Nachricht"))
            #expect(newer.lowerBound < older.lowerBound)
            #expect(list.text.contains("Es ist kein Mailserver eingerichtet"))

            let message = try await admin.get("/admin/outbox/\(newest)")
            #expect(message.status == .ok)
            #expect(message.text.contains("Text von Neueste Nachricht"))
            // The HTML version is shown as source, never run inside the administration.
            #expect(message.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!message.text.contains("<script>alert(1)"))

            #expect(try await member.get("/admin/outbox").status == .forbidden)
            #expect(try await member.get("/admin/outbox/\(newest)").status == .forbidden)
            let visitor = try await TestBrowser(app).get("/admin/outbox")
            #expect(visitor.status == .seeOther)
            #expect(visitor.location?.hasPrefix("/login") == true)

            #expect(try await admin.get("/admin/outbox/12345").status == .notFound)
            #expect(try await admin.get("/admin/outbox?before=gestern").status == .badRequest)
        }
    }

    @Test("The outbox pages by id, fifty messages at a time")
    func keysetPaging() async throws {
        try await withTestApp { app in
            let admin = TestBrowser(app)
            try await admin.register("anna")
            let start = Date()
            for number in 1...55 {
                try await MailOutbox(database: app.db).enqueue(mail("Nachricht \(number)."), now: start.addingTimeInterval(Double(number)))
            }
            let first = try await admin.get("/admin/outbox")
            #expect(first.text.contains("Nachricht 55."))
            #expect(first.text.contains("Nachricht 6."))
            #expect(!first.text.contains("Nachricht 5."))
            let olderLink = try #require(first.text.firstMatch(of: /href="(\/admin\/outbox\?before=\d+)"/)).1
            let second = try await admin.get(String(olderLink))
            #expect(second.text.contains("Nachricht 5."))
            #expect(second.text.contains("Nachricht 1."))
            #expect(!second.text.contains("Nachricht 6."))
            #expect(second.text.firstMatch(of: /before=\d+/) == nil)
        }
    }

    @Test("A failed delivery shows admins its state and the server's answer")
    func failedDeliveryIsVisible() async throws {
        try await withTestApp { app in
            let admin = TestBrowser(app)
            try await admin.register("anna")
            let id = try await MailOutbox(database: app.db).enqueue(mail("Abgelehnte Nachricht"), now: Date())
            try await OutboxMessage.query(on: app.db).filter(\.$id == id)
                .set(\.$state, to: .failed).set(\.$attempts, to: 1).set(\.$lastError, to: "RCPT TO: 550 5.1.1 No such user here")
                .update()
            let list = try await admin.get("/admin/outbox")
            #expect(list.text.contains("fehlgeschlagen (1)"))
            #expect(list.text.contains("RCPT TO: 550 5.1.1 No such user here"))
            let message = try await admin.get("/admin/outbox/\(id)")
            #expect(message.text.contains("RCPT TO: 550 5.1.1 No such user here"))
        }
    }
}
