import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Pinning and locking: moderators only; a locked topic takes no reply, however it is sent.
@Suite("Forum moderation")
struct ForumModerationTests {
    @Test("moderators pin a topic to the top; members cannot")
    func pin() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena")
            let category = try await forum.category("Allgemeines", by: anna)
            let rules = try await forum.topic("Bitte zuerst lesen", in: category, by: lena)
            _ = try await forum.topic("Neueres Thema", in: category, by: lena)

            let refused = try await lena.post("/forums/topics/\(rules)/pinned", form: ["value": "1"])
            #expect(refused.status == .forbidden)
            #expect(try await lena.get("/forums/topics/\(rules)").text.contains(">Anheften<") == false)
            #expect(try await anna.get("/forums/topics/\(rules)").text.contains(">Anheften<"))
            #expect(try await anna.post("/forums/topics/\(rules)/pinned", form: ["value": "maybe"]).status == .unprocessableEntity)

            #expect(try await anna.post("/forums/topics/\(rules)/pinned", form: ["value": "1"]).status == .seeOther)
            let list = try await lena.get("/forums/c/\(category)").text
            #expect(try #require(list.range(of: "Bitte zuerst lesen")).lowerBound < #require(list.range(of: "Neueres Thema")).lowerBound)
            #expect(list.contains("angeheftet"))

            #expect(try await anna.post("/forums/topics/\(rules)/pinned", form: ["value": "0"]).status == .seeOther)
            #expect(try await lena.get("/forums/c/\(category)").text.contains("angeheftet") == false)
        }
    }

    @Test("a reply to a locked topic is refused with a clear message and nothing is written, also when posted directly")
    func lock() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena"), kai = try await forum.member("kai")
            let category = try await forum.category("Allgemeines", by: anna)
            let topic = try await forum.topic("Weihnachtsfeier", in: category, by: lena)
            try await forum.reply("Schön war's!", to: topic, by: kai)

            #expect(try await lena.post("/forums/topics/\(topic)/locked", form: ["value": "1"]).status == .forbidden)
            #expect(try await anna.post("/forums/topics/\(topic)/locked", form: ["value": "1"]).status == .seeOther)

            let page = try await kai.get("/forums/topics/\(topic)").text
            #expect(page.contains("Dieses Thema ist gesperrt: Antworten sind nicht mehr möglich."))
            #expect(page.contains("id=\"reply-form\"") == false)
            #expect(try await kai.get("/forums/c/\(category)").text.contains("gesperrt"))

            for author in [kai, lena, anna] {
                let refused = try await author.post("/forums/topics/\(topic)/replies", form: ["body": "Noch eine Antwort"])
                #expect(refused.status == .forbidden)
                #expect(refused.text.contains("Dieses Thema ist gesperrt"))
            }
            #expect(try await forum.count("forum_replies") == 1)
            #expect(try await forum.count("forum_topics WHERE reply_count = 1") == 1)

            #expect(try await anna.post("/forums/topics/\(topic)/locked", form: ["value": "0"]).status == .seeOther)
            try await forum.reply("Jetzt wieder offen.", to: topic, by: kai)
            #expect(try await forum.count("forum_replies") == 2)
        }
    }

    @Test("a space's admins moderate its forum; the instance's admins moderate the company-wide one")
    func spaceModerators() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), uwe = try await forum.member("uwe"), lena = try await forum.member("lena")
            let slug = try await forum.space("Betriebssport", access: "open", by: uwe)
            #expect(try await lena.post("/s/\(slug)/join").status == .seeOther)
            #expect(try await anna.post("/s/\(slug)/join").status == .seeOther)
            let base = "/s/\(slug)/forum"
            // An instance admin is an ordinary member in a space.
            #expect(try await anna.post("\(base)/categories", form: ["name": "Laufen"]).status == .forbidden)
            #expect(try await lena.post("\(base)/categories", form: ["name": "Laufen"]).status == .forbidden)
            let category = try await forum.category("Laufen", by: uwe, base: base)
            let topic = try await forum.topic("Lauftreff", in: category, by: lena, base: base)
            #expect(try await anna.post("\(base)/topics/\(topic)/locked", form: ["value": "1"]).status == .forbidden)
            #expect(try await uwe.post("\(base)/topics/\(topic)/locked", form: ["value": "1"]).status == .seeOther)
            #expect(try await lena.post("\(base)/topics/\(topic)/replies", form: ["body": "x"]).status == .forbidden)
        }
    }
}
