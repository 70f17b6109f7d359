@testable import Organisation
import Testing
import TestSupport
import VaporTesting

@Suite("Project charts")
struct ProjectChartTests {
    @Test("projects are listed with their member counts; a project shows its members grouped by role, the lead first, with their units")
    func projectChart() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            let id = try await company.project("Neues Lager", "Ein Lager für den Norden", members: [
                ("frida", "Konstruktion", false), ("dieter", "Vertrieb", false), ("carla", "Projektleitung", true),
                ("emil", "Konstruktion", false), ("bernd", "", false),
            ])
            _ = try await company.project("Alte Halle", "", members: [])
            let browser = try await company.browser(as: "anna")

            let list = try await browser.get("/org/projects")
            #expect(list.status == .ok)
            let old = try #require(list.text.range(of: "Alte Halle"))
            let new = try #require(list.text.range(of: "<a href=\"/org/projects/\(id)\">Neues Lager</a>"))
            #expect(old.lowerBound < new.lowerBound)
            #expect(list.text.contains("5 Mitglieder"))
            #expect(list.text.contains("0 Mitglieder"))

            let page = try await browser.get("/org/projects/\(id)")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>Neues Lager</h1>"))
            let headings = html.matches(of: /<section class="card org-project-group[^"]*"><h2>([^<]+)<\/h2>/).map { String($0.1) }
            #expect(headings == ["Projektleitung", "Konstruktion", "Vertrieb", "Ohne Rolle"])
            let construction = try #require(html.firstMatch(of: /<h2>Konstruktion<\/h2>.*?<\/section>/))
            let emil = try #require(construction.0.range(of: "Emil Berg"))
            let frida = try #require(construction.0.range(of: "Frida Lang"))
            #expect(emil.lowerBound < frida.lowerBound)
            #expect(html.contains("Vertriebsleiterin · Musterfirma GmbH › Hamburg › Vertrieb"))
            #expect(html.contains("Entwicklerin · Musterfirma GmbH › München › Entwicklung"))

            #expect(try await browser.get("/org/projects/12345").status == .notFound)
            #expect(try await browser.get("/org/projects/abc").status == .notFound)
            let empty = try await browser.get("/org/projects")
            #expect(empty.status == .ok)
        }
    }
}
