import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Subscriptions and unread tracking: new topics and replies since a person last read, "Meine Abos".
@Suite("Forum subscriptions and unread")
struct ForumSubscriptionTests {
    @Test("a topic shows as new until opened, then with the number of replies since; opening marks it read")
    func unread() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena"), kai = try await forum.member("kai")
            let category = try await forum.category("IT-Fragen", by: anna)
            let topic = try await forum.topic("VPN verbindet nicht", in: category, by: lena)

            // The author has read what she wrote; kai has not.
            #expect(try await lena.get("/forums/c/\(category)").text.contains("forum-unread") == false)
            #expect(try await kai.get("/forums/c/\(category)").text.contains(">neu<"))
            #expect(try await kai.get("/forums/topics/\(topic)").status == .ok)
            #expect(try await kai.get("/forums/c/\(category)").text.contains("forum-unread") == false)

            try await forum.reply("Erste Antwort", to: topic, by: anna)
            try await forum.reply("Zweite Antwort", to: topic, by: lena)
            #expect(try await kai.get("/forums/c/\(category)").text.contains("2 neue Antworten"))
            // Lena has read up to her own reply, so only nothing is new for her.
            #expect(try await lena.get("/forums/c/\(category)").text.contains("forum-unread") == false)
            #expect(try await forum.count("forum_reads") == 3)

            _ = try await kai.get("/forums/topics/\(topic)")
            #expect(try await kai.get("/forums/c/\(category)").text.contains("neue Antwort") == false)
        }
    }

    @Test("Meine Abos lists subscribed topics and categories with what is new; starting or replying subscribes")
    func subscriptions() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena"), kai = try await forum.member("kai")
            let category = try await forum.category("IT-Fragen", by: anna)
            let vpn = try await forum.topic("VPN verbindet nicht", in: category, by: lena)
            #expect(try await lena.get("/forums/subscriptions").text.contains("VPN verbindet nicht"))
            #expect(try await kai.get("/forums/subscriptions").text.contains("VPN verbindet nicht") == false)

            // Kai subscribes to the topic and reads it; two replies later he sees them counted.
            #expect(try await kai.post("/forums/topics/\(vpn)/subscription", form: ["value": "1"]).status == .seeOther)
            #expect(try await kai.post("/forums/topics/\(vpn)/subscription", form: ["value": "1"]).status == .seeOther)
            #expect(try await kai.get("/forums/topics/\(vpn)").text.contains(">Abo beenden<"))
            try await forum.reply("Zertifikat erneuern", to: vpn, by: anna)
            try await forum.reply("Danke", to: vpn, by: lena)
            var mine = try await kai.get("/forums/subscriptions").text
            #expect(mine.contains("VPN verbindet nicht"))
            #expect(mine.contains("2 neue Antworten"))
            // Subscribers are told of each reply by someone else, with a link to it; the writer is not.
            let told = try await kai.get("/notifications").text
            #expect(told.contains("Anna hat in einem Thema geantwortet, das Sie abonniert haben."))
            #expect(told.contains("Lena hat in einem Thema geantwortet, das Sie abonniert haben."))
            #expect(told.contains(#"href="/forums/topics/\#(vpn)#reply-"#))
            let lenaTold = try await lena.get("/notifications").text
            #expect(lenaTold.contains("Anna hat in einem Thema geantwortet"))
            #expect(lenaTold.contains("Lena hat in einem Thema geantwortet") == false)
            #expect(try await forum.member("ben").get("/notifications").text.contains("geantwortet") == false)
            _ = try await kai.get("/forums/topics/\(vpn)")
            #expect(try await kai.get("/forums/subscriptions").text.contains("neue Antwort") == false)

            // A category subscription counts new topics and replies since.
            #expect(try await kai.post("/forums/c/\(category)/subscription", form: ["value": "1"]).status == .seeOther)
            let printer = try await forum.topic("Drucker streikt", in: category, by: lena)
            try await forum.reply("Noch eine Frage", to: vpn, by: lena)
            mine = try await kai.get("/forums/subscriptions").text
            #expect(mine.contains("Abonnierte Kategorien"))
            #expect(mine.contains("2 neue Beiträge"))

            // Unsubscribing takes them off the list; replying subscribes.
            #expect(try await kai.post("/forums/topics/\(vpn)/subscription", form: ["value": "0"]).status == .seeOther)
            #expect(try await kai.post("/forums/c/\(category)/subscription", form: ["value": "0"]).status == .seeOther)
            mine = try await kai.get("/forums/subscriptions").text
            #expect(mine.contains("VPN verbindet nicht") == false)
            #expect(mine.contains(">IT-Fragen<") == false)
            try await forum.reply("Bei mir auch", to: printer, by: kai)
            #expect(try await kai.get("/forums/subscriptions").text.contains("Drucker streikt"))
            #expect(try await kai.post("/forums/topics/\(vpn)/subscription", form: ["value": "ja"]).status == .unprocessableEntity)
        }
    }
}
