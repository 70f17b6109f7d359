import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// A space's wiki is for its members; a secret space's wiki does not exist for anyone else, search included.
@Suite("Wiki visibility")
struct WikiVisibilityTests {
    @Test("members read and edit a space's wiki; outsiders are told to join; a secret space's wiki is 404 everywhere")
    func spaceWikis() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let claudia = try await wiki.member("claudia"), melanie = try await wiki.member("melanie"), kai = try await wiki.member("kai")
            #expect(try await claudia.post("/spaces", form: ["name": "Qualitätszirkel", "description": "", "access": "open"]).status == .seeOther)
            #expect(try await melanie.post("/s/qualitaetszirkel/join").status == .seeOther)
            let base = "/s/qualitaetszirkel/wiki"
            let page = try await wiki.page("8D-Bericht", body: "Reklamationsquote senken", by: claudia, in: base)

            // Members: read, edit; the new page is announced in the space only.
            #expect(try await melanie.get(base).text.contains("8D-Bericht"))
            #expect(try await melanie.get("\(base)/pages/\(page)").text.contains("Reklamationsquote senken"))
            let saved = try await wiki.save(page, title: "8D-Bericht", body: "Reklamationsquote halbieren",
                                            basedOn: try await wiki.baseRevision(page, seenBy: melanie, in: base), by: melanie, in: base)
            #expect(saved.status == .seeOther)
            #expect(try await melanie.get("/s/qualitaetszirkel").text.contains("Neue Wikiseite: <a href=\"\(base)/pages/\(page)\">8D-Bericht</a>"))

            // Outsiders of an open space: told to join, nothing written.
            let outside = try await kai.get(base)
            #expect(outside.status == .forbidden)
            #expect(outside.text.contains("Treten Sie dem Raum bei"))
            #expect(try await kai.get("\(base)/pages/\(page)").status == .forbidden)
            #expect(try await kai.post(base, form: ["title": "Eindringling", "body": "x"]).status == .forbidden)
            #expect(try await kai.get("/search?q=Reklamationsquote").text.contains("8D-Bericht") == false)
            #expect(try await melanie.get("/search?q=Reklamationsquote").text.contains("8D-Bericht"))
            // The company wiki does not show a space's page under its own address.
            #expect(try await claudia.get("/wiki/pages/\(page)").status == .notFound)

            // A secret space.
            #expect(try await claudia.post("/spaces", form: ["name": "Führungskreis", "description": "", "access": "secret"]).status == .seeOther)
            let secretBase = "/s/fuehrungskreis/wiki"
            let secret = try await wiki.page("Budget 2027", body: "Vertrauliche Zahlen", by: claudia, in: secretBase)
            let revision = try await wiki.revisions(of: secret)[0]
            #expect(try await claudia.get(secretBase).text.contains("Budget 2027"))
            for path in [secretBase, "\(secretBase)/pages/\(secret)", "\(secretBase)/pages/\(secret)/edit", "\(secretBase)/new",
                         "\(secretBase)/pages/\(secret)/diff?from=\(revision)&to=\(revision)", "/wiki/pages/\(secret)"] {
                #expect(try await kai.get(path).status == .notFound, "\(path)")
            }
            #expect(try await kai.post(secretBase, form: ["title": "x", "body": "y"]).status == .notFound)
            #expect(try await kai.post("\(secretBase)/pages/\(secret)/revisions/\(revision)/restore").status == .notFound)
            #expect(try await kai.get("/search?q=Vertrauliche").text.contains("Budget 2027") == false)
            #expect(try await claudia.get("/search?q=Vertrauliche").text.contains("Budget 2027"))
            // Its revisions do not show up as "of another page" in the company wiki either.
            let company = try await wiki.page("Reisekosten", body: "x", by: kai)
            let companyRevision = try await wiki.revisions(of: company)[0]
            #expect(try await kai.get("/wiki/pages/\(company)/diff?from=\(revision)&to=\(companyRevision)").status == .notFound)
        }
    }

    @Test("the company wiki is found in search by title and text")
    func search() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let stefan = try await wiki.member("stefan"), kai = try await wiki.member("kai")
            let id = try await wiki.page("Drucker", body: "Follow-me-Druck mit dem Ausweis", by: stefan)
            for query in ["drucker", "AUSWEIS"] {
                let found = try await kai.get("/search?q=\(query)").text
                #expect(found.contains("Wikiseiten"))
                #expect(found.contains("/wiki/pages/\(id)"))
            }
            #expect(try await kai.get("/search?q=100%25").text.contains("/wiki/pages/\(id)") == false)
        }
    }
}
