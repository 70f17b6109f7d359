import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import Vapor

@Suite("The password reset mail, through a real SMTP server")
struct PasswordResetMailDeliveryTests {
    @Test("Forgot your password? mails a link through the SMTP server; the link sets the new password and signs in")
    func resetMailArrivesAndResets() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: { config in
                config.mail = server.mailSettings
            }) { app in
                let owner = TestBrowser(app)
                owner.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
                try await owner.register("juergen", email: "juergen@musterfirma.de", displayName: "Jürgen Übel")
                try await owner.post("/logout")

                let asked = try await owner.post("/password/forgot", form: ["email": "juergen@musterfirma.de"])
                #expect(asked.status == .ok)
                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: Date()) == .init(sent: 1))
                let delivered = try await DeliveredMail.read(try #require(try server.deliveredFiles().first))
                #expect(delivered.to == "juergen@musterfirma.de")
                #expect(delivered.subject == "New password for Treffpunkt")
                let text = try #require(delivered.text)
                #expect(text.contains("Hello Jürgen Übel,"))
                let path = try #require(text.firstMatch(of: /http:\/\/localhost:8080(\/password\/reset\?token=([A-Za-z0-9_-]+))/))
                #expect(try #require(delivered.html).contains(String(path.1)))

                #expect(try await owner.get(String(path.1)).status == .ok)
                let reset = try await owner.post("/password/reset", form: ["token": String(path.2), "password": "ein-ganz-neues-passwort"])
                #expect(reset.location == "/")
                #expect(try await owner.get("/settings/account").status == .ok)
                #expect(try await TestBrowser(app).logIn("juergen", password: "ein-ganz-neues-passwort").status == .seeOther)
            }
        }
    }
}
