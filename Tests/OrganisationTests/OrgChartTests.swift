@testable import Organisation
import Testing
import TestSupport
import VaporTesting

@Suite("Org chart")
struct OrgChartTests {
    @Test("the chart shows the unit tree with head counts including sub-units, heads and people with their position")
    func tree() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let page = try await company.browser(as: "frida").get("/org")
            #expect(page.status == .ok)
            let html = page.text
            for (unit, count) in [("Musterfirma GmbH", 6), ("Hamburg", 3), ("Vertrieb", 2), ("Team Nord", 1), ("München", 2), ("Entwicklung", 2)] {
                let summary = try #require(html.firstMatch(of: try Regex("<summary><span class=\"org-unit-name\">\(unit)</span>.*?</summary>")))
                let people = count == 1 ? "1 Person" : "\(count) Personen"
                #expect(String(html[summary.range]).contains("<span class=\"org-unit-count\">\(people)</span>"), "\(unit)")
            }
            #expect(html.contains("<span class=\"org-unit-head\">Leitung: Anna Schmidt</span>"))
            #expect(html.contains("<span class=\"org-unit-head\">Leitung: Emil Berg</span>"))
            // Sites and teams show their kind; without a search only the top unit is open.
            #expect(html.contains("<span class=\"org-unit-kind\">Standort</span>"))
            #expect(html.contains(unitOpening(company.unitID("Musterfirma GmbH"), kind: "company", open: true)))
            #expect(html.contains(unitOpening(company.unitID("Hamburg"), kind: "site", open: false)))
            // Nesting: Team Nord sits inside Vertrieb, which sits inside Hamburg.
            let hamburg = try #require(html.range(of: "id=\"unit-\(company.unitID("Hamburg"))\""))
            let sales = try #require(html.range(of: "id=\"unit-\(company.unitID("Vertrieb"))\""))
            let north = try #require(html.range(of: "id=\"unit-\(company.unitID("Team Nord"))\""))
            let munich = try #require(html.range(of: "id=\"unit-\(company.unitID("München"))\""))
            #expect(hamburg.lowerBound < sales.lowerBound && sales.lowerBound < north.lowerBound && north.lowerBound < munich.lowerBound)
            #expect(html.contains("<a href=\"/org/people/dieter\">Dieter Klein</a>"))
            #expect(html.contains("Vertriebsmitarbeiter"))
            #expect(!html.contains("is-focus"))
        }
    }

    @Test("searching a name shows the person in place with the chain of managers and the team")
    func searchOne() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let browser = try await company.browser(as: "frida")
            let page = try await browser.get("/org?q=carla")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("id=\"person-\(company.id("carla"))\" class=\"org-person is-focus is-head\" aria-current=\"true\""))
            // Every unit on the way to her is open, the other site is not.
            for (unit, kind) in [("Musterfirma GmbH", "company"), ("Hamburg", "site"), ("Vertrieb", "department")] {
                #expect(html.contains(unitOpening(company.unitID(unit), kind: kind, open: true)), "\(unit)")
            }
            #expect(html.contains(unitOpening(company.unitID("München"), kind: "site", open: false)))
            #expect(html.contains(unitOpening(company.unitID("Team Nord"), kind: "team", open: false)))
            // Beside the tree: her managers from the top down, then her team.
            let aside = try #require(html.firstMatch(of: /<aside class="card org-focus".*?<\/aside>/))
            let focus = String(aside.0)
            let anna = try #require(focus.range(of: "Anna Schmidt"))
            let bernd = try #require(focus.range(of: "Bernd Vogel"))
            #expect(anna.lowerBound < bernd.lowerBound)
            #expect(focus.contains("<h2><a href=\"/@carla\">Carla Nord</a></h2>"))
            #expect(focus.contains("Musterfirma GmbH › Hamburg › Vertrieb"))
            let team = try #require(focus.firstMatch(of: /<ul class="org-team">.*?<\/ul>/))
            #expect(String(team.0).contains("Dieter Klein"))
            #expect(!String(team.0).contains("Frida"))

            // By position, in any case, and with accents left out.
            #expect(try await browser.get("/org?q=STANDORTLEITER").text.contains("id=\"person-\(company.id("bernd"))\" class=\"org-person is-focus"))
            #expect(try await browser.get("/org?q=Munchen").text.contains("Niemand im Organigramm"))
        }
    }

    @Test("several matches are listed to choose from; a choice shows that person; unknown names say nobody was found")
    func searchSeveralAndNone() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let browser = try await company.browser(as: "anna")
            let several = try await browser.get("/org?q=entwickl")
            #expect(several.text.contains("2 Personen gefunden – wen meinen Sie?"))
            let choice = "/org?person=emil#person-\(company.id("emil"))"
            #expect(several.text.contains("href=\"\(choice)\""))
            #expect(several.text.contains("href=\"/org?person=frida#person-\(company.id("frida"))\""))
            #expect(!several.text.contains("is-focus"))

            let chosen = try await browser.get("/org?person=emil")
            #expect(chosen.text.contains("id=\"person-\(company.id("emil"))\" class=\"org-person is-focus is-head\""))
            #expect(try #require(chosen.text.firstMatch(of: /<ul class="org-team">.*?<\/ul>/)).0.contains("Frida Lang"))

            let none = try await browser.get("/org?q=Zacharias")
            #expect(none.status == .ok)
            #expect(none.text.contains("Niemand im Organigramm heißt „Zacharias“ oder hat diese Position."))
            #expect(none.text.contains("value=\"Zacharias\""))
            #expect(!none.text.contains("is-focus"))

            let english = TestBrowser(app)
            english.headers = ["Accept-Language": "en"]
            try await english.logIn("anna", password: OrgChartFixture.password)
            #expect(try await english.get("/org?q=Zacharias").text.contains("Nobody in the org chart is called “Zacharias” or has this position."))
        }
    }

    @Test("a person's reporting line: managers up to the top and direct reports; unknown people are 404")
    func reportingLine() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let browser = try await company.browser(as: "dieter")
            let page = try await browser.get("/org/people/bernd")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Bernd Vogel</h1>"))
            #expect(page.text.contains("Bereich: Musterfirma GmbH › Hamburg"))
            let chain = try #require(page.text.firstMatch(of: /<ol class="org-chain">.*?<\/ol>/))
            #expect(String(chain.0).contains("Anna Schmidt"))
            let team = try #require(page.text.firstMatch(of: /<ul class="org-team">.*?<\/ul>/))
            #expect(String(team.0).contains("Carla Nord"))
            #expect(page.text.contains("href=\"/org?person=bernd#person-\(company.id("bernd"))\""))

            let top = try await browser.get("/org/people/anna")
            #expect(top.text.contains("Niemandem unterstellt."))
            #expect(try #require(top.text.firstMatch(of: /<ul class="org-team">.*?<\/ul>/)).0.contains("Emil Berg"))

            let missing = try await browser.get("/org/people/niemand")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Diese Person gibt es nicht."))
        }
    }

    @Test("the profile shows the member's unit and manager, linked to the chart and the manager's profile")
    func profile() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let page = try await company.browser(as: "anna").get("/@dieter")
            #expect(page.text.contains("<dt>Bereich</dt>"))
            #expect(page.text.contains("<a href=\"/org?person=dieter#person-\(company.id("dieter"))\">Musterfirma GmbH › Hamburg › Vertrieb › Team Nord</a>"))
            #expect(page.text.contains("<dt>Vorgesetzte/r</dt><dd><a href=\"/@carla\">Carla Nord</a></dd>"))
        }
    }

    @Test("an empty organisation says so")
    func empty() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.register("erika")
            let page = try await browser.get("/org")
            #expect(page.status == .ok)
            #expect(page.text.contains("Noch ist kein Bereich angelegt."))
            #expect(try await browser.get("/org?q=erika").text.contains("Niemand im Organigramm"))
        }
    }

    @Test("five hundred people: the chart loads with a few queries and shows everyone")
    func large() async throws {
        try await withTestApp { app in
            var company = try await OrgChartFixture.company(app)
            let development = company.unitID("Entwicklung")
            var teams: [Int64] = []
            for index in 1...20 {
                teams.append(try await company.unit("Team \(index)", .team, parent: development))
            }
            for index in 1...500 {
                try await company.person("dev\(index)", "Entwickler \(index)", "Entwickler", in: teams[index % 20], manager: "emil")
            }
            let browser = try await company.browser(as: "anna")
            let clock = ContinuousClock()
            let start = clock.now
            let page = try await browser.get("/org?q=Entwickler%20417")
            let elapsed = clock.now - start
            #expect(page.status == .ok)
            #expect(page.text.contains("<span class=\"org-unit-count\">506 Personen</span>"))
            #expect(page.text.contains("<span class=\"org-unit-count\">502 Personen</span>"))
            #expect(page.text.contains("id=\"person-\(company.id("dev417"))\" class=\"org-person is-focus\""))
            #expect(elapsed < .seconds(5))
        }
    }

    private func unitOpening(_ id: Int64, kind: String, open: Bool) -> String {
        "id=\"unit-\(id)\" class=\"org-unit org-unit-\(kind)\"><details" + (open ? " open=\"open\">" : "><summary>")
    }
}
