import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Pages with titles, Markdown, a place in the tree and a revision for every save.
@Suite("Wiki pages")
struct WikiPageTests {
    @Test("a page is created, rendered from Markdown, edited with a note, and every save is a revision")
    func createEditRevisions() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika"), susanne = try await wiki.member("susanne")
            let id = try await wiki.page("Reisekosten", body: "# Reisekosten\n\nBelege **im Original** abgeben.", by: monika)

            let page = try await susanne.get("/wiki/pages/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Reisekosten</h1>"))
            #expect(page.text.contains("<strong>im Original</strong>"))
            #expect(page.text.contains("Version 1, zuletzt geändert von Monika"))
            #expect(try await susanne.get("/wiki").text.contains(">Reisekosten</a>"))

            let base = try await wiki.baseRevision(id, seenBy: susanne)
            let saved = try await wiki.save(id, title: "Reisekosten", body: "# Reisekosten\n\nBelege als Scan genügen.",
                                            note: "Scans erlaubt", basedOn: base, by: susanne)
            #expect(saved.status == .seeOther)
            let edited = try await monika.get("/wiki/pages/\(id)")
            #expect(edited.text.contains("Belege als Scan genügen."))
            #expect(edited.text.contains("Version 2, zuletzt geändert von Susanne"))
            #expect(edited.text.contains("Scans erlaubt"))
            #expect(edited.text.contains("Versionen: wer hat wann was geändert"))
            #expect(try await wiki.revisions(of: id).count == 2)

            // Saving the same text again writes no empty revision.
            let unchanged = try await wiki.save(id, title: "Reisekosten", body: "# Reisekosten\r\n\r\nBelege als Scan genügen.",
                                                basedOn: try await wiki.baseRevision(id, seenBy: monika), by: monika)
            #expect(unchanged.status == .seeOther)
            #expect(try await wiki.revisions(of: id).count == 2)

            // In English too; visitors are sent to log in.
            let english = TestBrowser(app)
            english.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
            try await english.register("john")
            let englishPage = try await english.get("/wiki/pages/\(id)")
            #expect(englishPage.text.contains("Revision 2, last changed by Susanne"))
            #expect(englishPage.text.contains("Revisions: who changed what when"))
            #expect(try await TestBrowser(app).get("/wiki").status != .ok)
        }
    }

    @Test("a title that collides after case folding and trimming is refused beside the field, and nothing is written")
    func titleCollision() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika")
            try await wiki.page("Reisekosten", body: "Erste Fassung", by: monika)
            let pages = try await wiki.count("wiki_pages"), revisions = try await wiki.count("wiki_revisions"), posts = try await wiki.count("posts")

            let collision = try await monika.post("/wiki", form: ["title": "  reisekosten ", "body": "Mein langer Text"])
            #expect(collision.status == .unprocessableEntity)
            #expect(collision.text.contains("In diesem Wiki gibt es schon die Seite „Reisekosten“"))
            #expect(collision.text.contains("field has-error"))
            #expect(collision.text.contains("Mein langer Text"))
            #expect(try await wiki.count("wiki_pages") == pages)
            #expect(try await wiki.count("wiki_revisions") == revisions)
            #expect(try await wiki.count("posts") == posts)

            // Renaming another page onto the title is refused the same way.
            let other = try await wiki.page("Dienstwagen", body: "Fahrtenbuch führen", by: monika)
            let rename = try await wiki.save(other, title: "REISEKOSTEN", body: "Fahrtenbuch führen",
                                             basedOn: try await wiki.baseRevision(other, seenBy: monika), by: monika)
            #expect(rename.status == .unprocessableEntity)
            #expect(rename.text.contains("gibt es schon die Seite"))
            #expect(try await wiki.revisions(of: other).count == 1)

            // Empty and bracketed titles, empty texts.
            let empty = try await monika.post("/wiki", form: ["title": "  ", "body": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Der Titel muss 1 bis 120 Zeichen lang sein."))
            #expect(empty.text.contains("Bitte schreiben Sie einen Text."))
            let brackets = try await monika.post("/wiki", form: ["title": "A [[B]]", "body": "x"])
            #expect(brackets.status == .unprocessableEntity)
            #expect(brackets.text.contains("keine eckigen Klammern"))
        }
    }

    @Test("the page tree nests subpages, and a page cannot become its own ancestor")
    func pageTree() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let stefan = try await wiki.member("stefan")
            let help = try await wiki.page("IT-Hilfe", body: "Durchwahl -200", by: stefan)
            let wlan = try await wiki.page("WLAN", body: "Gäste-WLAN", parent: help, by: stefan)
            try await wiki.page("Drucker", body: "Follow-me", parent: help, by: stefan)
            let tree = try await stefan.get("/wiki").text
            #expect(tree.contains(#"<ul class="wiki-tree"><li><a href="/wiki/pages/\#(help)">IT-Hilfe</a><ul class="wiki-tree"><li><a href="/wiki/pages/"#))
            #expect(tree.contains(">Drucker</a></li><li><a href=\"/wiki/pages/\(wlan)\">WLAN</a>"))

            let page = try await stefan.get("/wiki/pages/\(wlan)").text
            #expect(page.contains(#"<nav class="wiki-breadcrumbs""#))
            #expect(try await stefan.get("/wiki/new?parent=\(help)").text.contains(#"<option value="\#(help)" selected>"#))

            let base = try await wiki.baseRevision(help, seenBy: stefan)
            let loop = try await stefan.post("/wiki/pages/\(help)", form: ["title": "IT-Hilfe", "body": "Durchwahl -200",
                                                                           "parent": String(wlan), "base_revision": base])
            #expect(loop.status == .unprocessableEntity)
            #expect(loop.text.contains("Eine Seite kann nicht unter sich selbst oder einer ihrer Unterseiten stehen."))
            let itself = try await stefan.post("/wiki/pages/\(help)", form: ["title": "IT-Hilfe", "body": "Durchwahl -200",
                                                                             "parent": String(help), "base_revision": base])
            #expect(itself.status == .unprocessableEntity)
            let unknown = try await stefan.post("/wiki", form: ["title": "Neu", "body": "x", "parent": "12345"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("Diese übergeordnete Seite gibt es in diesem Wiki nicht."))
            #expect(try await wiki.revisions(of: help).count == 1)
        }
    }

    @Test("a new page reaches colleagues' newsfeeds once; edits do not")
    func newsfeed() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika"), kai = try await wiki.member("kai")
            let id = try await wiki.page("Reisekosten", body: "Erste Fassung", by: monika)
            #expect(try await wiki.count("posts") == 1)
            try await wiki.save(id, title: "Reisekosten", body: "Zweite Fassung", basedOn: try await wiki.baseRevision(id, seenBy: kai), by: kai)
            #expect(try await wiki.count("posts") == 1)
            let search = try await kai.get("/search?q=Reisekosten")
            #expect(search.text.contains("Neue Wikiseite: <a href=\"/wiki/pages/\(id)\">Reisekosten</a>"))
        }
    }
}
