import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Two people editing the same page at once: the second save is refused with both texts, nothing is lost.
@Suite("Wiki edit conflicts")
struct WikiConflictTests {
    @Test("the second of two simultaneous saves gets the conflict view with the newest version, their own text and a diff; merged, it saves")
    func twoBrowsers() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            let anna = try await wiki.member("anna"), ben = try await wiki.member("ben")
            let id = try await wiki.page("Drucker", body: "Zeile eins\nZeile zwei", by: anna)

            // Both open the edit form on revision 1.
            let annasBase = try await wiki.baseRevision(id, seenBy: anna)
            let bensBase = try await wiki.baseRevision(id, seenBy: ben)
            #expect(annasBase == bensBase)

            #expect(try await wiki.save(id, title: "Drucker", body: "Zeile eins\nZeile zwei\nAnnas Ergänzung",
                                        basedOn: annasBase, by: anna).status == .seeOther)
            let conflict = try await wiki.save(id, title: "Drucker", body: "Bens neue erste Zeile\nZeile zwei",
                                               note: "Bens Notiz", basedOn: bensBase, by: ben)
            #expect(conflict.status == .conflict)
            let html = conflict.text
            #expect(html.contains("Bearbeitungskonflikt"))
            #expect(html.contains("Neueste Fassung (Version 2 von Anna"))
            #expect(html.contains("<pre class=\"wiki-theirs\">Zeile eins\nZeile zwei\nAnnas Ergänzung</pre>"))
            #expect(html.contains(">Bens neue erste Zeile\nZeile zwei</textarea>"))
            #expect(html.contains(#"value="Bens Notiz""#))
            #expect(html.contains(#"<li class="diff-removed"><del><span class="visually-hidden">entfernt: </span>Annas Ergänzung</del></li>"#))
            #expect(html.contains(#"<li class="diff-added"><ins><span class="visually-hidden">hinzugefügt: </span>Bens neue erste Zeile</ins></li>"#))
            // Nothing of Ben's was written; the form is now based on Anna's revision.
            let revisions = try await wiki.revisions(of: id)
            #expect(revisions.count == 2)
            #expect(html.contains(#"name="base_revision" value="\#(revisions[1])""#))

            // Ben merges and saves on top of the newest revision.
            let merged = try await wiki.save(id, title: "Drucker", body: "Bens neue erste Zeile\nZeile zwei\nAnnas Ergänzung",
                                             basedOn: String(revisions[1]), by: ben)
            #expect(merged.status == .seeOther)
            let page = try await anna.get("/wiki/pages/\(id)").text
            #expect(page.contains("Bens neue erste Zeile"))
            #expect(page.contains("Annas Ergänzung"))
            #expect(try await wiki.revisions(of: id).count == 3)

            // A form without a base revision cannot overwrite either.
            let blind = try await ben.post("/wiki/pages/\(id)", form: ["title": "Drucker", "body": "Alles weg"])
            #expect(blind.status == .conflict)
            #expect(try await wiki.revisions(of: id).count == 3)
        }
    }

    @Test("saves racing in parallel: exactly one wins, the others get the conflict view")
    func parallelSaves() async throws {
        try await withTestApp { app in
            let wiki = WikiFixtures(app: app)
            var editors: [TestBrowser] = []
            for name in ["anna", "ben", "carla", "dora"] { editors.append(try await wiki.member(name)) }
            let id = try await wiki.page("WLAN", body: "Anfang", by: editors[0])
            let base = try await wiki.baseRevision(id, seenBy: editors[0])
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, editor) in editors.enumerated() {
                    group.addTask { try await wiki.save(id, title: "WLAN", body: "Fassung \(index)", basedOn: base, by: editor).status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 3)
            #expect(try await wiki.revisions(of: id).count == 2)
        }
    }
}
