import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import Vapor

@Suite("The invitation of an HR-imported employee, through a real SMTP server")
struct PasswordInvitationDeliveryTests {
    @Test("An employee from the HR import receives the invitation e-mail, sets a password and logs in")
    func importedEmployeeReceivesInvitation() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: { config in
                config.mail = server.mailSettings
            }) { app in
                let admin = TestBrowser(app)
                try await admin.register("chefin", email: "chefin@musterfirma.de")
                try await admin.importHRPeople([(name: "Jürgen Übel", email: "juergen.uebel@musterfirma.de", unit: "Musterfirma GmbH / Lager")],
                                               on: app)
                #expect(try await admin.post("/admin/invitations/without-password", form: ["return_to": "/org/admin"]).status == .seeOther)

                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: Date()) == .init(sent: 1))
                let delivered = try await DeliveredMail.read(try #require(try server.deliveredFiles().first))
                #expect(delivered.to == "juergen.uebel@musterfirma.de")
                #expect(delivered.subject == "Ihr Zugang zu Treffpunkt")
                let text = try #require(delivered.text)
                #expect(text.contains("Hallo Jürgen Übel,"))
                let link = try #require(text.firstMatch(of: /http:\/\/localhost:8080(\/password\/reset\?token=([A-Za-z0-9_-]+))/))
                #expect(try #require(delivered.html).contains(String(link.1)))

                let juergen = TestBrowser(app)
                #expect(try await juergen.get(String(link.1)).status == .ok)
                let set = try await juergen.post("/password/reset", form: ["token": String(link.2), "password": "juergens-passwort"])
                #expect(set.location == "/")
                #expect(try await TestBrowser(app).logIn("juergen.uebel", password: "juergens-passwort").status == .seeOther)
            }
        }
    }
}
