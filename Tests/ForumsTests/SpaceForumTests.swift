import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A space's forum is for its members; a secret space's forum does not exist for anyone else,
/// also not in search; new topics reach the newsfeed of those who may read them.
@Suite("Space forums, search and newsfeed")
struct SpaceForumTests {
    @Test("members read and write a space's forum; outsiders are turned away; a secret space's forum is not found")
    func visibility() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            _ = try await forum.member("anna")
            let uwe = try await forum.member("uwe"), lena = try await forum.member("lena"), kai = try await forum.member("kai")
            let open = try await forum.space("Betriebssport", access: "open", by: uwe)
            #expect(try await lena.post("/s/\(open)/join").status == .seeOther)
            let base = "/s/\(open)/forum"
            let category = try await forum.category("Laufen", by: uwe, base: base)
            let topic = try await forum.topic("Lauftreff Donnerstag", in: category, by: lena, base: base)
            #expect(try await uwe.get("\(base)/topics/\(topic)").text.contains("Lauftreff Donnerstag"))
            #expect(try await lena.get(base).text.contains("Laufen"))

            // An outsider of an open space is asked to join; the topic is not found under the company forum.
            let outside = try await kai.get(base)
            #expect(outside.status == .forbidden)
            #expect(outside.text.contains("Das Forum dieses Raums lesen nur seine Mitglieder."))
            #expect(try await kai.get("\(base)/topics/\(topic)").status == .forbidden)
            #expect(try await kai.post("\(base)/topics/\(topic)/replies", form: ["body": "Hallo"]).status == .forbidden)
            #expect(try await kai.get("/forums/topics/\(topic)").status == .notFound)
            #expect(try await forum.count("forum_replies") == 0)

            // A secret space's forum does not exist for outsiders, whatever they ask.
            let secret = try await forum.space("Führungskreis", access: "secret", by: uwe)
            let secretBase = "/s/\(secret)/forum"
            let secretCategory = try await forum.category("Budget", by: uwe, base: secretBase)
            let secretTopic = try await forum.topic("Budgetplanung vertraulich", in: secretCategory, by: uwe, base: secretBase)
            for path in [secretBase, "\(secretBase)/c/\(secretCategory)", "\(secretBase)/topics/\(secretTopic)"] {
                #expect(try await kai.get(path).status == .notFound)
            }
            #expect(try await kai.post("\(secretBase)/topics/\(secretTopic)/replies", form: ["body": "x"]).status == .notFound)
            #expect(try await kai.post("\(secretBase)/c/\(secretCategory)/topics", form: ["title": "x", "body": "y"]).status == .notFound)
            #expect(try await kai.get("/search?q=Budgetplanung").text.contains("Budgetplanung vertraulich") == false)
            #expect(try await uwe.get("/search?q=Budgetplanung").text.contains("Budgetplanung vertraulich"))
            #expect(try await forum.count("forum_topics") == 2)

            // Leaving the space closes its forum again and takes it out of "Meine Abos".
            #expect(try await lena.get("/forums/subscriptions").text.contains("Lauftreff Donnerstag"))
            #expect(try await lena.post("/s/\(open)/leave").status == .seeOther)
            #expect(try await lena.get(base).status == .forbidden)
            #expect(try await lena.get("/forums/subscriptions").text.contains("Lauftreff Donnerstag") == false)
        }
    }

    @Test("search finds topics by title and text, with a link into the right forum, for those who may read them")
    func search() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), uwe = try await forum.member("uwe"), kai = try await forum.member("kai")
            let category = try await forum.category("IT-Fragen", by: anna)
            let vpn = try await forum.topic("VPN im Homeoffice", body: "Das Zertifikat ist abgelaufen.", in: category, by: uwe)
            let slug = try await forum.space("Qualitätszirkel", access: "closed", by: uwe)
            let spaceCategory = try await forum.category("Prüfmittel", by: uwe, base: "/s/\(slug)/forum")
            let gauges = try await forum.topic("Messschieber kalibrieren", in: spaceCategory, by: uwe, base: "/s/\(slug)/forum")

            let byTitle = try await kai.get("/search?q=homeoffice").text
            #expect(byTitle.contains("Forenthemen"))
            #expect(byTitle.contains("href=\"/forums/topics/\(vpn)\""))
            #expect(try await kai.get("/search?q=zertifikat").text.contains("VPN im Homeoffice"))
            #expect(try await kai.get("/search?q=100%25").text.contains("VPN im Homeoffice") == false)
            #expect(try await kai.get("/search?q=messschieber").text.contains("Messschieber kalibrieren") == false)
            #expect(try await uwe.get("/search?q=messschieber").text.contains("href=\"/s/\(slug)/forum/topics/\(gauges)\""))
        }
    }

    @Test("a new topic is announced by a post: company-wide for all members, in a space for its members")
    func newsfeed() async throws {
        try await withTestApp { app in
            let forum = ForumFixtures(app: app)
            let anna = try await forum.member("anna"), uwe = try await forum.member("uwe"), kai = try await forum.member("kai")
            let category = try await forum.category("Allgemeines", by: anna)
            let topic = try await forum.topic("Fahrgemeinschaft Augsburg", in: category, by: uwe)
            // Members see it on the author's profile; the author's friends and followers in their newsfeed.
            #expect(try await kai.get("/@uwe").text.contains("Neues Thema im Forum: <a href=\"/forums/topics/\(topic)\">Fahrgemeinschaft Augsburg</a>"))
            #expect(try await uwe.get("/").text.contains("Fahrgemeinschaft Augsburg"))

            let slug = try await forum.space("Qualitätszirkel", access: "closed", by: uwe)
            let spaceCategory = try await forum.category("Prüfmittel", by: uwe, base: "/s/\(slug)/forum")
            _ = try await forum.topic("Messschieber kalibrieren", in: spaceCategory, by: uwe, base: "/s/\(slug)/forum")
            #expect(try await uwe.get("/s/\(slug)").text.contains("Messschieber kalibrieren"))
            #expect(try await kai.get("/").text.contains("Messschieber kalibrieren") == false)
        }
    }
}
