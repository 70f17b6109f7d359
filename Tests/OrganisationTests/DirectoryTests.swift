@testable import Organisation
import TreffpunktApp
import Testing
import TestSupport
import VaporTesting

@Suite("Directory")
struct DirectoryTests {
    /// The display names on a directory page, in order.
    private func names(_ response: TestingHTTPResponse) -> [String] {
        guard let list = response.text.firstMatch(of: /<ul class="people-list directory-results">.*?<\/ul>/) else { return [] }
        return String(list.0).matches(of: /<a href="\/@[^"]+">([^<]+)<\/a>/).map { String($0.1) }
    }

    @Test("filters by unit with its sub-units, by site, by position and by skills, also combined")
    func filters() async throws {
        try await withTestApp { app in
            var company = try await OrgChartFixture.company(app)
            try await company.member("gustav", "Gustav Frei", "Entwickler")
            try await company.skills("carla", "SAP, Englisch")
            try await company.skills("dieter", "sap, Schweißen")
            try await company.skills("frida", "Englisch, Swift")
            let browser = try await company.browser(as: "anna")

            let all = try await browser.get("/org/directory")
            #expect(all.status == .ok)
            #expect(names(all) == ["Anna Schmidt", "Bernd Vogel", "Carla Nord", "Dieter Klein", "Emil Berg", "Frida Lang", "Gustav Frei"])
            // Each entry shows position, unit path and skills; the filter offers common skills.
            #expect(all.text.contains("Vertriebsmitarbeiter · Musterfirma GmbH › Hamburg › Vertrieb › Team Nord"))
            #expect(all.text.contains("<a class=\"chip\" href=\"/org/directory?skill=SAP\">SAP (2)</a>"))

            let sales = try await browser.get("/org/directory?unit=\(company.unitID("Vertrieb"))")
            #expect(names(sales) == ["Carla Nord", "Dieter Klein"])
            let hamburg = try await browser.get("/org/directory?site=\(company.unitID("Hamburg"))")
            #expect(names(hamburg) == ["Bernd Vogel", "Carla Nord", "Dieter Klein"])
            let munich = try await browser.get("/org/directory?site=\(company.unitID("München"))&unit=")
            #expect(names(munich) == ["Emil Berg", "Frida Lang"])
            #expect(names(try await browser.get("/org/directory?position=ENTWICKL")) == ["Emil Berg", "Frida Lang", "Gustav Frei"])
            #expect(names(try await browser.get("/org/directory?skill=S%C3%84P")) == ["Carla Nord", "Dieter Klein"])
            // Several skills: people with all of them, from the form's comma-separated field or repeated links.
            #expect(names(try await browser.get("/org/directory?skills=sap%2C+englisch")) == ["Carla Nord"])
            #expect(names(try await browser.get("/org/directory?skill=SAP&skill=Schwei%C3%9Fen")) == ["Dieter Klein"])
            #expect(names(try await browser.get("/org/directory?q=nord")) == ["Carla Nord"])
            let combined = try await browser.get("/org/directory?site=\(company.unitID("Hamburg"))&position=vertrieb&skill=sap&q=klein")
            #expect(names(combined) == ["Dieter Klein"])
            let nobody = try await browser.get("/org/directory?unit=\(company.unitID("Entwicklung"))&skill=SAP")
            #expect(nobody.status == .ok)
            #expect(names(nobody).isEmpty)
            #expect(nobody.text.contains("Niemand passt zu diesen Filtern."))
            // The form keeps the choices.
            #expect(combined.text.contains("value=\"vertrieb\""))
            #expect(combined.text.contains("<option value=\"\(company.unitID("Hamburg"))\" selected>Hamburg</option>"))
        }
    }

    @Test("unknown or malformed units are a clear 400")
    func badUnits() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let browser = try await company.browser(as: "anna")
            for query in ["unit=123", "unit=abc", "site=\(company.unitID("Vertrieb"))"] {
                let response = try await browser.get("/org/directory?\(query)")
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.text.contains("Diesen Bereich oder Standort gibt es nicht."), "\(query)")
            }
        }
    }

    @Test("pages by cursor and keeps the filters on the next page")
    func paging() async throws {
        try await withTestApp { app in
            var company = try await OrgChartFixture.company(app)
            let team = company.unitID("Team Nord")
            for index in 1...34 {
                try await company.person(String(format: "verk%02d", index), String(format: "Verkäufer %02d", index), "Verkauf", in: team, manager: "carla")
            }
            let browser = try await company.browser(as: "anna")
            let first = try await browser.get("/org/directory?unit=\(team)")
            #expect(names(first).count == 30)
            #expect(names(first).first == "Dieter Klein")
            let next = try #require(first.text.firstMatch(of: /href="(\/org\/directory\?unit=\d+&(?:amp;)?after=[^"]+)"/)).1
            let second = try await browser.get(String(next).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(names(second) == ["Verkäufer 30", "Verkäufer 31", "Verkäufer 32", "Verkäufer 33", "Verkäufer 34"])
            #expect(!second.text.contains("after="))
        }
    }

    @Test("the plain members list links to the filtered directory")
    func linkFromPeople() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.register("erika")
            #expect(try await browser.get("/people").text.contains("href=\"/org/directory\""))
        }
    }

    @Test("the demo company has skills to filter by; seeding again keeps a member's own skills")
    func demoSkills() async throws {
        try await withTestApp { app in
            _ = try await DemoData.load(into: app)
            let browser = TestBrowser(app)
            try await browser.logIn("julia.weber", password: "treffpunkt-demo")
            let sap = try await browser.get("/org/directory?skill=SAP")
            #expect(names(sap) == ["Alexander Schulze", "Jürgen Neumann", "Thomas Müller"])
            #expect(sap.text.contains("SAP (3)"))
            #expect(try await browser.post("/settings/skills", form: ["skills": "Messebau"]).status == .seeOther)
            try await OrganisationFeature.seedDemo(on: app)
            #expect(names(try await browser.get("/org/directory?skill=messebau")) == ["Julia Weber"])
        }
    }
}
