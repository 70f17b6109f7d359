import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// `[[Internal links]]` go to pages by folded title; links to missing pages are red and create them.
@Suite("Wiki links")
struct WikiLinkTests {
    @Test("internal links resolve by folded title, missing pages are red links to the create form, and turn blue once created")
    func internalAndRedLinks() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika")
            let help = try await wiki.page("IT-Hilfe", body: "Durchwahl -200", by: monika)
            let travel = try await wiki.page("Reisekosten", body: """
                Fragen? Siehe [[it-hilfe ]] oder [[IT-Hilfe|die IT]].

                Formular: [[Reisekostenformular|das Formular]]
                """, by: monika)

            var text = WikiFixtures.pageText(try await monika.get("/wiki/pages/\(travel)").text)
            #expect(text.contains(#"<a href="/wiki/pages/\#(help)" rel="nofollow noopener">it-hilfe</a>"#))
            #expect(text.contains(#"<a href="/wiki/pages/\#(help)" rel="nofollow noopener">die IT</a>"#))
            #expect(text.contains(#"<a class="wiki-missing" title="Diese Seite gibt es noch nicht – anlegen" href="/wiki/new?title=Reisekostenformular" rel="nofollow noopener">das Formular</a>"#))

            // The red link opens the create form with the title filled in.
            let form = try await monika.get("/wiki/new?title=Reisekostenformular")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"name="title" type="text" value="Reisekostenformular""#))

            let created = try await wiki.page("reisekostenformular", body: "Vorlage als PDF", by: monika)
            text = WikiFixtures.pageText(try await monika.get("/wiki/pages/\(travel)").text)
            #expect(text.contains(#"<a href="/wiki/pages/\#(created)" rel="nofollow noopener">das Formular</a>"#))
            #expect(!text.contains("wiki-missing"))
        }
    }

    @Test("links of a space's wiki stay in that wiki")
    func spaceLinks() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let claudia = try await wiki.member("claudia")
            try await wiki.page("Prüfmittel", body: "Firmenweit", by: claudia)
            let created = try await claudia.post("/spaces", form: ["name": "Qualitätszirkel", "description": "", "access": "closed"])
            #expect(created.status == .seeOther)
            let page = try await wiki.page("8D-Bericht", body: "Siehe [[Prüfmittel]]", by: claudia, in: "/s/qualitaetszirkel/wiki")
            let text = WikiFixtures.pageText(try await claudia.get("/s/qualitaetszirkel/wiki/pages/\(page)").text)
            #expect(text.contains(#"class="wiki-missing""#))
            #expect(text.contains(#"href="/s/qualitaetszirkel/wiki/new?title=Pr%C3%BCfmittel""#))
        }
    }
}
