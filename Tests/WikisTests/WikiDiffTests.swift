import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Diffs between any two revisions of a page, and restoring an old one.
@Suite("Wiki diffs and restore")
struct WikiDiffTests {
    @Test("two revisions diff line by line; revisions of another page and unknown ones are refused")
    func diff() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika")
            let id = try await wiki.page("Reisekosten", body: "Belege im Original\nKilometer 0,30 €", by: monika)
            try await wiki.save(id, title: "Reisekosten", body: "Belege als Scan\nKilometer 0,30 €",
                                basedOn: try await wiki.baseRevision(id, seenBy: monika), by: monika)
            let revisions = try await wiki.revisions(of: id)

            // The history links each revision to its changes.
            #expect(try await monika.get("/wiki/pages/\(id)").text.contains("/wiki/pages/\(id)/diff?from=\(revisions[0])&amp;to=\(revisions[1])"))
            let diff = try await monika.get("/wiki/pages/\(id)/diff?from=\(revisions[0])&to=\(revisions[1])")
            #expect(diff.status == .ok)
            #expect(diff.text.contains("Version 1 → Version 2"))
            #expect(diff.text.contains(#"<del><span class="visually-hidden">entfernt: </span>Belege im Original</del>"#))
            #expect(diff.text.contains(#"<ins><span class="visually-hidden">hinzugefügt: </span>Belege als Scan</ins>"#))
            #expect(diff.text.contains(#"<li class="diff-same">Kilometer 0,30 €</li>"#))
            #expect(diff.text.contains("1 Zeile hinzugefügt, 1 Zeile entfernt"))

            let other = try await wiki.page("Dienstwagen", body: "Fahrtenbuch", by: monika)
            let otherRevision = try await wiki.revisions(of: other)[0]
            let mixed = try await monika.get("/wiki/pages/\(id)/diff?from=\(otherRevision)&to=\(revisions[1])")
            #expect(mixed.status == .unprocessableEntity)
            #expect(mixed.text.contains("Diese Version gehört zu einer anderen Seite."))
            let unknown = try await monika.get("/wiki/pages/\(id)/diff?from=\(revisions[0])&to=999999")
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("Diese Version gibt es nicht."))
            #expect(try await monika.get("/wiki/pages/\(id)/diff?from=abc&to=\(revisions[1])").status == .notFound)
            let missing = try await monika.get("/wiki/pages/\(id)/diff?from=\(revisions[0])")
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("Bitte wählen Sie zwei Versionen zum Vergleich."))
            #expect(try await monika.get("/wiki/pages/999999/diff?from=\(revisions[0])&to=\(revisions[1])").status == .notFound)
        }
    }

    @Test("restoring an old revision writes a new revision with its text, noted as restored")
    func restore() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let monika = try await wiki.member("monika"), kai = try await wiki.member("kai")
            let id = try await wiki.page("Reisekosten", body: "Die gute Fassung", by: monika)
            try await wiki.save(id, title: "Reisekosten", body: "Kaputt gemacht",
                                basedOn: try await wiki.baseRevision(id, seenBy: kai), by: kai)
            let revisions = try await wiki.revisions(of: id)

            let restored = try await monika.post("/wiki/pages/\(id)/revisions/\(revisions[0])/restore")
            #expect(restored.status == .seeOther)
            let page = try await monika.get("/wiki/pages/\(id)").text
            #expect(page.contains("Version 1 wurde wiederhergestellt."))
            #expect(WikiFixtures.pageText(page).contains("Die gute Fassung"))
            #expect(page.contains("Wiederhergestellt aus Version 1"))
            #expect(page.contains("Version 3, zuletzt geändert von Monika"))
            #expect(try await wiki.revisions(of: id).count == 3)

            #expect(try await monika.post("/wiki/pages/\(id)/revisions/999999/restore").status == .notFound)
            let other = try await wiki.page("Dienstwagen", body: "Fahrtenbuch", by: monika)
            let foreign = try await monika.post("/wiki/pages/\(id)/revisions/\(try await wiki.revisions(of: other)[0])/restore")
            #expect(foreign.status == .unprocessableEntity)
            #expect(try await wiki.revisions(of: id).count == 3)
        }
    }
}
