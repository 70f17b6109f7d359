import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Open, closed and secret spaces: who gets in how, and what is refused.
@Suite("Space membership")
struct SpaceMembershipTests {
    @Test("an open space is joined at once; its posts reach members' newsfeeds and nobody else")
    func openSpace() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let uwe = try await spaces.member("uwe"), lena = try await spaces.member("lena"), kai = try await spaces.member("kai")
            let slug = try await spaces.space("Betriebssport", access: "open", by: uwe, description: "Laufen und Fußball")
            #expect(slug == "betriebssport")
            #expect(try await lena.get("/spaces").text.contains("Betriebssport"))
            #expect(try await lena.get("/s/betriebssport").text.contains("Die Beiträge dieses Raums sehen nur seine Mitglieder."))

            #expect(try await lena.post("/s/betriebssport/join").status == .seeOther)
            let asMember = try await lena.get("/s/betriebssport").text
            #expect(asMember.contains("Raum verlassen"))
            for section in ["/s/betriebssport/blog", "/s/betriebssport/forum", "/s/betriebssport/wiki"] {
                #expect(asMember.contains(#"href="\#(section)""#), "link to \(section)")
                #expect(try await lena.get(section).status == .ok, "\(section)")
            }
            #expect(try await lena.post("/s/betriebssport/join").status == .conflict)

            #expect(try await spaces.post("Lauftreff am Donnerstag", in: slug, by: uwe).status == .seeOther)
            let postID = try await spaces.postID("Lauftreff")
            #expect(try await lena.get("/s/betriebssport").text.contains("Lauftreff am Donnerstag"))
            #expect(try await lena.get("/").text.contains("Lauftreff am Donnerstag"))
            #expect(try await kai.get("/").text.contains("Lauftreff") == false)
            #expect(try await kai.get("/posts/\(postID)").status == .notFound)
            #expect(try await kai.get("/@uwe").text.contains("Lauftreff") == false)
            #expect(try await kai.get("/search?q=Lauftreff").text.contains("Lauftreff am Donnerstag") == false)
            #expect(try await TestBrowser(app).get("/posts/\(postID)").status == .notFound)

            // Leaving takes the posts out of reach again.
            #expect(try await lena.post("/s/betriebssport/leave").status == .seeOther)
            #expect(try await lena.get("/posts/\(postID)").status == .notFound)
        }
    }

    @Test("a closed space is joined after an admin approves the request; outsiders cannot post in it")
    func closedSpace() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let claudia = try await spaces.member("claudia"), oliver = try await spaces.member("oliver")
            let slug = try await spaces.space("Qualitätszirkel", access: "closed", by: claudia)
            #expect(slug == "qualitaetszirkel")
            let spaceID = try await spaces.spaceID(slug, seenBy: claudia)

            // A non-member posting into the closed space is refused and nothing is written.
            let intruding = try await oliver.post("/posts", form: ["text": "Eindringling", "space_id": spaceID])
            #expect(intruding.status == .forbidden)
            #expect(intruding.text.contains("nur seine Mitglieder schreiben"))
            #expect(try await spaces.postCount("Eindringling") == 0)
            #expect(try await oliver.post("/s/\(slug)/join").status == .forbidden)

            let long = try await oliver.post("/s/\(slug)/request", form: ["message": String(repeating: "x", count: 501)])
            #expect(long.status == .unprocessableEntity)
            #expect(long.text.contains("höchstens 500 Zeichen"))
            #expect(try await oliver.post("/s/\(slug)/request", form: ["message": "Ich prüfe gern mit."]).status == .seeOther)
            #expect(try await oliver.get("/s/\(slug)").text.contains("Ihre Beitrittsanfrage wartet auf die Admins."))
            let again = try await oliver.post("/s/\(slug)/request", form: ["message": ""])
            #expect(again.status == .conflict)
            #expect(again.text.contains("bereits angefragt"))

            // Only an admin approves; the admin sees the request with its message.
            #expect(try await oliver.post("/s/\(slug)/requests/oliver/approve").status == .forbidden)
            #expect(try await claudia.get("/notifications").text.contains("Oliver möchte einem Ihrer Räume beitreten."))
            let adminView = try await claudia.get("/s/\(slug)")
            #expect(adminView.text.contains("Offene Beitrittsanfragen"))
            #expect(adminView.text.contains("Ich prüfe gern mit."))
            #expect(try await claudia.post("/s/\(slug)/requests/oliver/approve").status == .seeOther)
            #expect(try await claudia.post("/s/\(slug)/requests/oliver/approve").status == .notFound)
            #expect(try await claudia.get("/s/\(slug)/members").text.contains("oliver"))
            let told = try await oliver.get("/notifications").text
            #expect(told.contains("Claudia hat Sie in einen Raum aufgenommen."))
            #expect(told.contains(#"href="/spaces/\#(spaceID)""#))
            // Mastodon has no spaces: clients never get these notifications.
            let token = try await oliver.createAccessToken()
            #expect(try await app.api(.GET, "/api/v1/notifications", token: token).text == "[]")

            #expect(try await spaces.post("Messmittel kalibriert", in: slug, by: oliver).status == .seeOther)
            #expect(try await claudia.get("/").text.contains("Messmittel kalibriert"))
        }
    }

    @Test("a secret space is invisible to outsiders and entered by invitation only")
    func secretSpace() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let anna = try await spaces.member("anna"), thomas = try await spaces.member("thomas"), kai = try await spaces.member("kai")
            let slug = try await spaces.space("Führungskreis", access: "secret", by: anna)
            #expect(slug == "fuehrungskreis")
            for path in ["/s/\(slug)", "/s/\(slug)/members"] {
                #expect(try await kai.get(path).status == .notFound, "\(path)")
            }
            #expect(try await kai.post("/s/\(slug)/join").status == .notFound)
            #expect(try await kai.post("/s/\(slug)/request").status == .notFound)
            #expect(try await kai.get("/spaces").text.contains("Führungskreis") == false)
            #expect(try await kai.get("/search?q=F%C3%BChrungskreis").text.contains("/s/\(slug)") == false)
            #expect(try await anna.get("/search?q=F%C3%BChrungskreis").text.contains("/s/\(slug)"))

            // An unknown name or a member already in it is refused beside the field.
            let unknown = try await anna.post("/s/\(slug)/invite", form: ["username": "niemand"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("Dieses Mitglied gibt es hier nicht."))
            #expect(try await anna.post("/s/\(slug)/invite", form: ["username": "anna"]).status == .conflict)
            #expect(try await kai.post("/s/\(slug)/invite", form: ["username": "thomas"]).status == .notFound)

            #expect(try await anna.post("/s/\(slug)/invite", form: ["username": "@thomas"]).status == .seeOther)
            #expect(try await anna.post("/s/\(slug)/invite", form: ["username": "thomas"]).status == .conflict)
            #expect(try await thomas.get("/notifications").text.contains("Anna hat Sie in einen Raum eingeladen."))
            let invited = try await thomas.get("/s/\(slug)")
            #expect(invited.status == .ok)
            #expect(invited.text.contains("Sie wurden in diesen Raum eingeladen."))
            #expect(try await thomas.get("/spaces").text.contains("Führungskreis"))
            #expect(try await thomas.post("/s/\(slug)/join").status == .seeOther)
            #expect(try await spaces.post("Budget 2027", in: slug, by: thomas).status == .seeOther)
            #expect(try await anna.get("/s/\(slug)").text.contains("Budget 2027"))
            #expect(try await kai.get("/posts/\(try await spaces.postID("Budget 2027"))").status == .notFound)
        }
    }

    @Test("a mention does not open a space's post to an outsider, nor notify them")
    func mentionStaysInSpace() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let anna = try await spaces.member("anna"), kai = try await spaces.member("kai")
            let slug = try await spaces.space("Vertraulich", access: "secret", by: anna)
            #expect(try await spaces.post("Geheimsache für @kai", in: slug, by: anna).status == .seeOther)
            let postID = try await spaces.postID("Geheimsache")
            #expect(try await kai.get("/posts/\(postID)").status == .notFound)
            #expect(try await kai.get("/notifications").text.contains("Geheimsache") == false)
            #expect(try await kai.get("/").text.contains("Geheimsache") == false)
        }
    }

    @Test("admins manage roles; the last admin cannot leave a space others are still in")
    func roles() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let anna = try await spaces.member("anna"), ben = try await spaces.member("ben")
            let slug = try await spaces.space("Lesekreis", access: "open", by: anna)
            #expect(try await ben.post("/s/\(slug)/join").status == .seeOther)
            let leaving = try await anna.post("/s/\(slug)/leave")
            #expect(leaving.status == .unprocessableEntity)
            #expect(leaving.text.contains("Ein Raum braucht einen Admin"))
            #expect(try await ben.post("/s/\(slug)/members/anna/remove").status == .forbidden)
            #expect(try await anna.post("/s/\(slug)/members/ben/role", form: ["role": "admin"]).status == .seeOther)
            #expect(try await anna.post("/s/\(slug)/leave").status == .seeOther)
            #expect(try await ben.post("/s/\(slug)/members/anna/remove").status == .notFound)
            #expect(try await ben.get("/s/\(slug)/members").text.contains("anna") == false)
        }
    }

    @Test("a new space needs a free name; what was typed stays in the form")
    func badInput() async throws {
        try await withTestApp { app in
            let spaces = SpaceFixtures(app: app)
            let anna = try await spaces.member("anna")
            let empty = try await anna.post("/spaces", form: ["name": " ", "description": "Beschreibung bleibt", "access": "open"])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Der Name braucht 2 bis 80 Zeichen."))
            #expect(empty.text.contains("Beschreibung bleibt"))
            #expect(try await anna.post("/spaces", form: ["name": "Chor", "access": "versteckt"]).text.contains("Wählen Sie offen"))
            try await spaces.space("Chor", access: "open", by: anna)
            let taken = try await anna.post("/spaces", form: ["name": "CHOR", "access": "open"])
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("Einen Raum mit diesem Namen gibt es schon."))
            #expect(try await anna.post("/spaces", form: ["name": "!!!", "access": "open"]).status == .unprocessableEntity)
            #expect(try await TestBrowser(app).get("/spaces").status != .ok)
        }
    }
}
