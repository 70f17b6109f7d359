import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import Vapor

@Suite("The confirmation mail of a registration by e-mail domain, through a real SMTP server")
struct ConfirmationMailDeliveryTests {
    @Test("Registering ceo.3@musterfirma.de mails a link through the SMTP server; the link confirms and signs in")
    func registrationMailArrivesAndConfirms() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: { config in
                config.registrationMode = .domain
                config.registrationDomains = ["musterfirma.de"]
                config.mail = server.mailSettings
            }) { app in
                let stranger = TestBrowser(app)
                stranger.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
                let registration = try await stranger.register("ceo3", email: "ceo.3@musterfirma.de", displayName: "Jürgen Übel")
                #expect(registration.location == "/login")
                #expect(try await stranger.get("/settings/account").status == .seeOther)   // not signed in

                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: Date()) == .init(sent: 1))
                let delivered = try await DeliveredMail.read(try #require(try server.deliveredFiles().first))
                #expect(delivered.to == "ceo.3@musterfirma.de")
                #expect(delivered.subject == "Please confirm your e-mail address for Treffpunkt")
                let text = try #require(delivered.text)
                #expect(text.contains("Hello Jürgen Übel,"))
                let html = try #require(delivered.html)
                #expect(html.contains("Hello Jürgen Übel,"))
                let link = try #require(text.firstMatch(of: /http:\/\/localhost:8080(\/register\/confirm\?token=[A-Za-z0-9_-]+)/)).1
                #expect(html.contains(String(link)))

                let confirmation = try await stranger.get(String(link))
                #expect(confirmation.status == .seeOther)
                #expect(confirmation.location == "/")
                #expect(try await stranger.get("/settings/account").status == .ok)
            }
        }
    }
}
