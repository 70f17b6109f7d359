import Accounts
import Foundation
@testable import Mail
@testable import Social
import Testing
import TestSupport
import TreffpunktCore
import Vapor

/// Notification mail by each person's choice, set on the settings page: written into the outbox at once,
/// in the daily digest, or never; the clock is passed in, nothing waits.
@Suite("Notification mail")
struct NotificationMailTests {
    /// 07:05 in Berlin on 8 December 2026 (06:05 UTC).
    static let digestMorning = ISO8601DateFormatter().date(from: "2026-12-08T06:05:00Z")!

    private func people(_ app: Application) async throws -> (anna: TestBrowser, ben: TestBrowser) {
        let anna = TestBrowser(app)
        try await anna.register("anna", displayName: "Anna Schmidt")
        let ben = TestBrowser(app)
        try await ben.register("ben", displayName: "Ben Weber")
        return (anna, ben)
    }

    private func choose(_ choice: String, _ browser: TestBrowser) async throws {
        let saved = try await browser.post("/settings/posting", form: ["default_visibility": "public", "notification_mail": choice])
        #expect(saved.status == .seeOther)
    }

    /// Posts publicly and returns the new post's id, read from the author's profile (the card with `marker`).
    private func publish(_ text: String, by browser: TestBrowser, username: String, marker: String? = nil) async throws -> String {
        #expect(try await browser.post("/posts", form: ["text": text, "visibility": "public", "return_to": "/"]).status == .seeOther)
        let profile = try await browser.get("/@\(username)").text
        let card = try #require(profile.split(separator: "<article").first { $0.contains(marker ?? text) })
        return String(try #require(card.firstMatch(of: /data-post-id="(\d+)"/)).1)
    }

    private func mails(to address: String, on app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).sort(\.$id).all().filter { $0.recipient == address }
    }

    private func mailer(_ app: Application) -> NotificationMailer {
        NotificationMailer(database: app.db, config: app.config)
    }

    @Test("The settings page offers immediately, daily digest and never; daily digest is chosen for a confirmed address, and an unknown choice is refused with 422")
    func settingsChoice() async throws {
        try await withTestApp { app in
            let (_, ben) = try await people(app)
            let page = try await ben.get("/settings/posting").text
            #expect(page.contains("E-Mail-Benachrichtigungen"))
            #expect(page.contains(#"<option value="daily_digest" selected"#))
            let refused = try await ben.post("/settings/posting", form: ["default_visibility": "public", "notification_mail": "stündlich"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Bitte wählen Sie, wann Sie E-Mails zu Benachrichtigungen erhalten."))
            try await choose("immediately", ben)
            #expect(try await ben.get("/settings/posting").text.contains(#"<option value="immediately" selected"#))
        }
    }

    @Test("A person who chose 'never' gets no mail, neither at once nor in the digest")
    func neverMeansNever() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await people(app)
            try await choose("never", ben)
            #expect(try await anna.post("/@ben/relationship", form: ["action": "befriend"]).status == .seeOther)
            #expect(try await mailer(app).sendImmediate(now: Self.digestMorning) == 0)
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning) == 0)
            #expect(try await mails(to: "ben@example.com", on: app).isEmpty)
        }
    }

    @Test("An 'immediately' person gets one mail in their language with a link that opens the post; more within five minutes wait and come bundled")
    func immediateMailInTheReadersLanguage() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await people(app)
            try await ben.post("/language", form: ["language": "en", "return_to": "/"])
            try await choose("immediately", ben)
            let postID = try await publish("Wer kommt mit zur Messe?", by: ben, username: "ben")
            #expect(try await anna.post("/posts/\(postID)/comments", form: ["text": "Ich bin dabei!"]).status == .seeOther)

            let now = Self.digestMorning
            #expect(try await mailer(app).sendImmediate(now: now) == 1)
            let mail = try #require(try await mails(to: "ben@example.com", on: app).first)
            #expect(mail.subject == "Treffpunkt: Anna Schmidt commented.")
            let text = mail.textBody
            #expect(text.contains("Hello Ben Weber,"))
            #expect(text.contains("„Ich bin dabei!“"))
            #expect(text.contains("http://localhost:8080/settings/posting"))
            let link = try #require(text.firstMatch(of: /http:\/\/localhost:8080(\/posts\/\d+)/)).1
            #expect(link == "/posts/\(postID)")
            #expect(mail.htmlBody.contains(#"href="http://localhost:8080/posts/\#(postID)""#))
            let opened = try await ben.get(String(link))
            #expect(opened.status == .ok)
            #expect(opened.text.contains("Ich bin dabei!"))

            // Told once: the same notification is not mailed again; a second comment waits for the pause.
            #expect(try await anna.post("/posts/\(postID)/comments", form: ["text": "Ich bringe Kaffee mit"]).status == .seeOther)
            #expect(try await mailer(app).sendImmediate(now: now.addingTimeInterval(60)) == 0)
            #expect(try await mailer(app).sendImmediate(now: now.addingTimeInterval(6 * 60)) == 1)
            let mails = try await mails(to: "ben@example.com", on: app)
            #expect(mails.count == 2)
            #expect(mails.last?.textBody.contains("Ich bringe Kaffee mit") == true)
            // The person's own comment tells nobody, not even themselves.
            #expect(try await ben.post("/posts/\(postID)/comments", form: ["text": "Prima"]).status == .seeOther)
            #expect(try await mailer(app).sendImmediate(now: now.addingTimeInterval(20 * 60)) == 0)
        }
    }

    @Test("The daily digest collects several notifications at 07:00 Berlin time, once: a second run that day sends nothing")
    func dailyDigestOnce() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await people(app)
            let carla = TestBrowser(app)
            try await carla.register("carla", displayName: "Carla Weiß")
            let postID = try await publish("Neue Kaffeemaschine im 3. Stock", by: ben, username: "ben")
            #expect(try await anna.post("/posts/\(postID)/comments", form: ["text": "Endlich!"]).status == .seeOther)
            #expect(try await carla.post("/@ben/relationship", form: ["action": "befriend"]).status == .seeOther)

            #expect(try await mailer(app).sendImmediate(now: Self.digestMorning) == 0)
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning.addingTimeInterval(-10 * 60)) == 0)   // 06:55
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning) == 1)
            let digest = try #require(try await mails(to: "ben@example.com", on: app).first)
            #expect(digest.subject == "Neues auf Treffpunkt: 2 Benachrichtigungen")
            let text = digest.textBody
            #expect(text.contains("Anna Schmidt hat kommentiert."))
            #expect(text.contains("Carla Weiß möchte mit Ihnen befreundet sein."))
            #expect(text.contains("http://localhost:8080/posts/\(postID)"))

            // Later the same day, or after a restart: nothing more, even with something new.
            #expect(try await anna.post("/posts/\(postID)/comments", form: ["text": "Und Milchschaum?"]).status == .seeOther)
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning.addingTimeInterval(3 * 3600)) == 0)
            #expect(try await mails(to: "ben@example.com", on: app).count == 1)
            // The next morning brings what is new, and only that.
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning.addingTimeInterval(24 * 3600)) == 1)
            let next = try #require(try await mails(to: "ben@example.com", on: app).last).textBody
            #expect(next.contains("Und Milchschaum?"))
            #expect(!next.contains("Carla Weiß"))
        }
    }

    @Test("No mail tells of a post the person may no longer see: after its author blocked them, a mention sends nothing")
    func noMailAboutAPostNoLongerVisible() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await people(app)
            try await choose("immediately", ben)
            let postID = try await publish("Hallo @ben, hier der Entwurf", by: anna, username: "anna", marker: "hier der Entwurf")
            #expect(try await ben.get("/").text.contains(#"id="unread-notifications" aria-label="1 ungelesen">1</span>"#))
            #expect(try await anna.post("/@ben/relationship", form: ["action": "block"]).status == .seeOther)
            #expect(try await ben.get("/posts/\(postID)").status == .notFound)
            #expect(try await mailer(app).sendImmediate(now: Self.digestMorning) == 0)
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning) == 0)
            #expect(try await mails(to: "ben@example.com", on: app).isEmpty)
        }
    }

    @Test("A guest mentioned in an intern post gets no mail about it")
    func noMailToAGuestAboutAnInternPost() async throws {
        try await withTestApp { app in
            let anna = TestBrowser(app)
            try await anna.register("anna", displayName: "Anna Schmidt")
            let ben = TestBrowser(app)
            try await ben.register("ben", displayName: "Ben Weber", affiliation: .guest)
            try await choose("immediately", ben)
            #expect(try await anna.post("/posts", form: ["text": "Intern: @ben bekommt den Zugang morgen", "visibility": "members",
                                                         "return_to": "/"]).status == .seeOther)
            #expect(try await SocialNotification.query(on: app.db).count() == 1)   // the mention was recorded
            #expect(try await mailer(app).sendImmediate(now: Self.digestMorning) == 0)
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning) == 0)
            #expect(try await mails(to: "ben@example.com", on: app).isEmpty)
        }
    }

    @Test("No mail tells of a post the person may no longer see: a mention in a post deleted before the mail is written sends nothing")
    func noMailAboutADeletedPost() async throws {
        try await withTestApp { app in
            let (anna, ben) = try await people(app)
            try await choose("immediately", ben)
            let postID = try await publish("Hallo @ben, schau dir das an", by: anna, username: "anna", marker: "schau dir das an")
            #expect(try await ben.get("/").text.contains(#"id="unread-notifications" aria-label="1 ungelesen">1</span>"#))
            #expect(try await anna.post("/posts/\(postID)/delete").status == .seeOther)
            #expect(try await mailer(app).sendImmediate(now: Self.digestMorning) == 0)
            #expect(try await mailer(app).sendDigestIfDue(now: Self.digestMorning) == 0)
            #expect(try await mails(to: "ben@example.com", on: app).isEmpty)
        }
    }
}
