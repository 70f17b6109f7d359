import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Topics and replies: Markdown rendered, counts on the list, newest activity first, pages, quoting.
@Suite("Forum topics and replies")
struct ForumTopicTests {
    @Test("a topic and its replies render their Markdown; the list counts replies and puts the latest activity first")
    func topicsAndReplies() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena"), kai = try await forum.member("kai")
            let category = try await forum.category("IT-Fragen", by: anna)
            let vpn = try await forum.topic("VPN verbindet nicht", body: "Der Client meldet **Zertifikat abgelaufen**.",
                                            in: category, by: lena)
            let printer = try await forum.topic("Drucker im 2. OG", body: "Papierstau", in: category, by: kai)

            let page = try await lena.get("/forums/topics/\(vpn)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<strong>Zertifikat abgelaufen</strong>"))
            #expect(page.text.contains("Noch keine Antworten."))

            // The newer topic comes first, until the older one gets a reply.
            var list = try await lena.get("/forums/c/\(category)").text
            #expect(try #require(list.range(of: "Drucker im 2. OG")).lowerBound < #require(list.range(of: "VPN verbindet nicht")).lowerBound)
            try await forum.reply("Zertifikat *neu* laden.", to: vpn, by: kai)
            try await forum.reply("Danke!", to: vpn, by: lena)
            list = try await lena.get("/forums/c/\(category)").text
            #expect(try #require(list.range(of: "VPN verbindet nicht")).lowerBound < #require(list.range(of: "Drucker im 2. OG")).lowerBound)
            #expect(list.contains("2 Antworten"))
            #expect(list.contains("0 Antworten"))
            #expect(try await lena.get("/forums").text.contains("2 Themen"))

            let thread = try await kai.get("/forums/topics/\(vpn)").text
            #expect(thread.contains("Zertifikat <em>neu</em> laden."))
            #expect(thread.contains("Danke!"))
            #expect(try await forum.count("forum_replies") == 2)
            _ = printer
        }
    }

    @Test("a topic or reply without text is refused with the reason and keeps what was typed; nothing is written")
    func validation() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena")
            let category = try await forum.category("Allgemeines", by: anna)
            let noTitle = try await lena.post("/forums/c/\(category)/topics", form: ["title": " ", "body": "Mein langer Text"])
            #expect(noTitle.status == .unprocessableEntity)
            #expect(noTitle.text.contains("Bitte geben Sie einen Titel ein."))
            #expect(noTitle.text.contains("Mein langer Text"))
            let longTitle = try await lena.post("/forums/c/\(category)/topics",
                                                form: ["title": String(repeating: "t", count: 201), "body": "x"])
            #expect(longTitle.status == .unprocessableEntity)
            #expect(longTitle.text.contains("Bitte höchstens 200 Zeichen."))
            #expect(try await forum.count("forum_topics") == 0)
            #expect(try await lena.post("/forums/c/gibt-es-nicht/topics", form: ["title": "x", "body": "y"]).status == .notFound)

            let topic = try await forum.topic("Parkplätze", in: category, by: lena)
            let empty = try await lena.post("/forums/topics/\(topic)/replies", form: ["body": "   "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Bitte schreiben Sie einen Text."))
            #expect(try await forum.count("forum_replies") == 0)
            #expect(try await lena.post("/forums/topics/999/replies", form: ["body": "x"]).status == .notFound)
            #expect(try await lena.get("/forums/topics/abc").status == .notFound)
        }
    }

    @Test("a category pages its topics by latest activity; the older ones are a link away")
    func pagination() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna")
            let category = try await forum.category("Allgemeines", by: anna)
            for number in 1...27 {
                _ = try await forum.topic("Thema Nummer \(number) Ende", in: category, by: anna)
            }
            let first = try await anna.get("/forums/c/\(category)").text
            #expect(first.contains("Thema Nummer 27 Ende"))
            #expect(first.contains("Thema Nummer 3 Ende"))
            #expect(first.contains("Thema Nummer 2 Ende") == false)
            let link = try #require(first.firstMatch(of: /href="(\/forums\/c\/allgemeines\?before=\d+)"/)).1
            let second = try await anna.get(String(link)).text
            #expect(second.contains("Thema Nummer 2 Ende"))
            #expect(second.contains("Thema Nummer 1 Ende"))
            #expect(second.contains("Thema Nummer 3 Ende") == false)
        }
    }

    @Test("Zitieren fills the reply form with the quoted text as a blockquote with attribution")
    func quoting() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena", displayName: "Lena Schmid")
            let category = try await forum.category("IT-Fragen", by: anna)
            let topic = try await forum.topic("VPN", body: "Geht nicht.", in: category, by: anna)
            let reply = try await forum.reply("Erste Zeile\nZweite Zeile", to: topic, by: lena)

            let thread = try await anna.get("/forums/topics/\(topic)").text
            #expect(thread.contains("href=\"/forums/topics/\(topic)?quote=\(reply)#reply-form\""))
            #expect(thread.contains(">Zitieren<"))
            let quoting = try await anna.get("/forums/topics/\(topic)?quote=\(reply)")
            #expect(quoting.status == .ok)
            #expect(quoting.text.contains("&gt; **Lena Schmid** schrieb:\n&gt;\n&gt; Erste Zeile\n&gt; Zweite Zeile\n\n</textarea>"))

            // Sent as it is, the quote renders as a blockquote above the answer.
            try await forum.reply("> **Lena Schmid** schrieb:\n>\n> Erste Zeile\n\nStimmt, danke.", to: topic, by: anna)
            #expect(try await lena.get("/forums/topics/\(topic)").text.contains("<blockquote>\n<p><strong>Lena Schmid</strong> schrieb:"))

            // A reply of another topic cannot be quoted here.
            let other = try await forum.topic("Drucker", in: category, by: anna)
            #expect(try await anna.get("/forums/topics/\(other)?quote=\(reply)").status == .notFound)
        }
    }
}
