import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// The accepted answer: chosen by the topic's author or a moderator, moved, taken back, shown first.
@Suite("Forum accepted answer")
struct ForumAnswerTests {
    @Test("the author marks a reply as the answer; it shows first and the topic is solved; another moves it; unmarking works")
    func acceptedAnswer() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), lena = try await forum.member("lena")
            let kai = try await forum.member("kai"), uwe = try await forum.member("uwe")
            let category = try await forum.category("IT-Fragen", by: anna)
            let topic = try await forum.topic("VPN verbindet nicht", in: category, by: lena)
            let guess = try await forum.reply("Neustart hilft vielleicht.", to: topic, by: uwe)
            let answer = try await forum.reply("Zertifikat im Büro erneuern.", to: topic, by: kai)
            let accept = "/forums/topics/\(topic)/accepted"

            // Only the topic's author and moderators choose.
            let refused = try await kai.post(accept, form: ["reply_id": String(answer)])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Die akzeptierte Antwort wählen nur der Autor des Themas und die Moderatoren."))
            #expect(try await kai.get("/forums/topics/\(topic)").text.contains("Als Antwort akzeptieren") == false)
            #expect(try await lena.get("/forums/c/\(category)").text.contains("gelöst") == false)

            #expect(try await lena.post(accept, form: ["reply_id": String(answer)]).status == .seeOther)
            let solved = try await kai.get("/forums/topics/\(topic)").text
            #expect(solved.contains("Akzeptierte Antwort"))
            // Shown first: the answer comes before the earlier guess.
            #expect(try #require(solved.range(of: "Zertifikat im Büro erneuern.")).lowerBound
                    < #require(solved.range(of: "Neustart hilft vielleicht.")).lowerBound)
            #expect(solved.contains("id=\"reply-\(answer)\" class=\"card forum-reply notice\"")
                    || solved.contains("class=\"card forum-reply notice\" id=\"reply-\(answer)\""))
            let list = try await kai.get("/forums/c/\(category)").text
            #expect(list.contains("forum-solved"))
            #expect(list.contains("gelöst"))

            // Marking another moves the mark.
            #expect(try await lena.post(accept, form: ["reply_id": String(guess)]).status == .seeOther)
            let moved = try await kai.get("/forums/topics/\(topic)").text
            #expect(try #require(moved.range(of: "Neustart hilft vielleicht.")).lowerBound
                    < #require(moved.range(of: "Zertifikat im Büro erneuern.")).lowerBound)
            #expect(try await acceptedReply(of: topic, app) == guess)

            // A moderator may unmark; the topic is open again.
            #expect(try await anna.post(accept, form: ["reply_id": ""]).status == .seeOther)
            #expect(try await acceptedReply(of: topic, app) == nil)
            #expect(try await kai.get("/forums/c/\(category)").text.contains("gelöst") == false)

            // A reply of another topic or a made-up id is refused and changes nothing.
            let other = try await forum.topic("Drucker", in: category, by: lena)
            let foreign = try await forum.reply("Anderes Thema", to: other, by: kai)
            #expect(try await lena.post(accept, form: ["reply_id": String(foreign)]).status == .notFound)
            #expect(try await lena.post(accept, form: ["reply_id": "abc"]).status == .unprocessableEntity)
            #expect(try await acceptedReply(of: topic, app) == nil)
        }
    }

    private func acceptedReply(of topic: Int64, _ app: Application) async throws -> Int64? {
        try await app.db.sql.raw("SELECT accepted_reply_id FROM forum_topics WHERE id = \(bind: topic)").first()?
            .decode(column: "accepted_reply_id", as: Int64?.self)
    }
}
