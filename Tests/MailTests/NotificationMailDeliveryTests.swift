import Foundation
@testable import Mail
@testable import Social
import Testing
import TestSupport
import TreffpunktCore
import Vapor

@Suite("Notification mail through a real SMTP server")
struct NotificationMailDeliveryTests {
    @Test("A comment reaches an 'immediately' person by SMTP, in English, text and HTML, and the link opens the post")
    func immediateNotificationArrives() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: { config in
                config.mail = server.mailSettings
            }) { app in
                let anna = TestBrowser(app)
                try await anna.register("anna", displayName: "Anna Schmidt")
                let ben = TestBrowser(app)
                try await ben.register("ben", displayName: "Jürgen Übel")
                try await ben.post("/language", form: ["language": "en", "return_to": "/"])
                #expect(try await ben.post("/settings/posting", form: ["default_visibility": "public", "notification_mail": "immediately"]).status == .seeOther)
                #expect(try await ben.post("/posts", form: ["text": "Grillen am Freitag?", "visibility": "public", "return_to": "/"]).status == .seeOther)
                let profile = try await ben.get("/@ben").text
                let postID = String(try #require(profile.firstMatch(of: /data-post-id="(\d+)"/)).1)
                #expect(try await anna.post("/posts/\(postID)/comments", form: ["text": "Ich bringe Würstchen mit"]).status == .seeOther)

                let now = Date()
                #expect(try await NotificationMailer(database: app.db, config: app.config).sendImmediate(now: now) == 1)
                let delivery = try #require(MailFeature.delivery(on: app))
                #expect(try await delivery.deliverDue(now: now) == .init(sent: 1))
                let delivered = try await DeliveredMail.read(try #require(try server.deliveredFiles().first))
                #expect(delivered.to == "ben@example.com")
                #expect(delivered.subject == "Treffpunkt: Anna Schmidt commented.")
                let text = try #require(delivered.text)
                #expect(text.contains("Hello Jürgen Übel,"))
                #expect(text.contains("„Ich bringe Würstchen mit“"))
                let html = try #require(delivered.html)
                #expect(html.contains("Anna Schmidt commented."))
                #expect(html.contains("Ich bringe Würstchen mit"))
                let link = try #require(text.firstMatch(of: /http:\/\/localhost:8080(\/posts\/\d+)/)).1
                #expect(html.contains(String(link)))
                let opened = try await ben.get(String(link))
                #expect(opened.status == .ok)
                #expect(opened.text.contains("Ich bringe Würstchen mit"))
            }
        }
    }

    @Test("serve's background job sends the daily digest at 07:00 Berlin time through the SMTP server, in German by default")
    func digestFromTheBackgroundJob() async throws {
        try await withSMTPTestServer { server in
            try await withTestApp(configure: { config in
                config.mail = server.mailSettings
            }) { app in
                let anna = TestBrowser(app)
                try await anna.register("anna", displayName: "Anna Schmidt")
                let ben = TestBrowser(app)
                try await ben.register("ben", displayName: "Ben Weber")
                #expect(try await anna.post("/@ben/relationship", form: ["action": "befriend"]).status == .seeOther)

                // 07:05 in Berlin; the job's first round runs at once, the delivery loop hands it on.
                let morning = try #require(ISO8601DateFormatter().date(from: "2026-12-08T06:05:00Z"))
                SocialFeature.startNotificationMail(on: app, clock: { morning })
                MailFeature.startDelivery(on: app, clock: { morning })
                let deadline = ContinuousClock.now + .seconds(30)
                while try server.deliveredFiles().isEmpty, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(50))
                }
                let delivered = try await DeliveredMail.read(try #require(try server.deliveredFiles().first))
                #expect(delivered.to == "ben@example.com")
                #expect(delivered.subject == "Neues auf Treffpunkt: 1 Benachrichtigung")
                #expect(try #require(delivered.text).contains("Anna Schmidt möchte mit Ihnen befreundet sein."))
                #expect(try #require(delivered.html).contains("Anna Schmidt möchte mit Ihnen befreundet sein."))
            }
        }
    }
}
