import Foundation
import Testing
import TestSupport
import TreffpunktApp
import Vapor
import VaporTesting

@Suite("Wiki demo data")
struct WikiDemoTests {
    @Test("the demo company has its wiki pages with a tree, revisions and a red link, and a page in the Qualitätszirkel wiki; seeding again adds nothing")
    func demo() async throws {
        try await withTestApp { app in
            _ = try await DemoData.load(into: app)
            let wiki = WikiFixtures(app: app)
            let monika = TestBrowser(app)
            #expect(try await monika.logIn("monika.richter", password: "treffpunkt-demo").status == .seeOther)
            let home = try await monika.get("/wiki").text
            for title in ["Reisekosten", "IT-Hilfe", "WLAN", "Drucker"] { #expect(home.contains(">\(title)</a>")) }
            let travel = try #require(home.firstMatch(of: /href="\/wiki\/pages\/(\d+)">Reisekosten</).map { String($0.1) })
            let page = try await monika.get("/wiki/pages/\(travel)").text
            #expect(page.contains("wiki-missing"))
            #expect(page.contains("Scans erlaubt, Verpflegung ergänzt"))

            let claudia = TestBrowser(app)
            #expect(try await claudia.logIn("claudia.wolf", password: "treffpunkt-demo").status == .seeOther)
            #expect(try await claudia.get("/s/qualitaetszirkel/wiki").text.contains("8D-Bericht"))

            let counts = (try await wiki.count("wiki_pages"), try await wiki.count("wiki_revisions"))
            #expect(counts.0 == 5)
            _ = try await DemoData.load(into: app)
            #expect(try await wiki.count("wiki_pages") == counts.0)
            #expect(try await wiki.count("wiki_revisions") == counts.1)
        }
    }
}
