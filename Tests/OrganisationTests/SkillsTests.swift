import Accounts
@testable import Organisation
import Testing
import TestSupport
import VaporTesting

@Suite("Skills")
struct SkillsTests {
    @Test("a member enters skills comma-separated; they show on the profile as links into the directory")
    func editAndShow() async throws {
        try await withTestApp { app in
            let erika = TestBrowser(app)
            try await erika.register("erika", displayName: "Erika Mustermann")
            let form = try await erika.get("/settings/skills")
            #expect(form.status == .ok)
            #expect(form.text.contains("href=\"/settings/skills\" aria-current=\"page\""))
            let saved = try await erika.post("/settings/skills", form: ["skills": " SAP,  Schweißen ,, sap, Englisch  verhandlungssicher "])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/settings/skills")
            let shown = try await erika.get("/settings/skills")
            #expect(shown.text.contains("Ihre Fähigkeiten sind gespeichert."))
            #expect(shown.text.contains("SAP, Schweißen, Englisch verhandlungssicher</textarea>"))

            let profile = try await erika.get("/@erika")
            #expect(profile.text.contains("<dt>Fähigkeiten</dt>"))
            #expect(profile.text.contains("<a href=\"/org/directory?skill=SAP\">SAP</a>"))
            #expect(profile.text.contains("<a href=\"/org/directory?skill=Schwei%C3%9Fen\">Schweißen</a>"))
            // Visitors see no work details.
            #expect(!(try await TestBrowser(app).get("/@erika")).text.contains("Fähigkeiten"))

            // An empty list removes them all.
            #expect(try await erika.post("/settings/skills", form: ["skills": ""]).status == .seeOther)
            #expect(!(try await erika.get("/@erika")).text.contains("<dt>Fähigkeiten</dt>"))
        }
    }

    @Test("too long or too many skills are refused beside the field; what was typed stays, nothing changes")
    func validation() async throws {
        try await withTestApp { app in
            let erika = TestBrowser(app)
            try await erika.register("erika")
            #expect(try await erika.post("/settings/skills", form: ["skills": "CAD"]).status == .seeOther)

            let long = String(repeating: "x", count: 41)
            let tooLong = try await erika.post("/settings/skills", form: ["skills": "SAP, \(long)"])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("id=\"field-skills-error\""))
            #expect(tooLong.text.contains("„\(long)“ ist zu lang: höchstens 40 Zeichen je Fähigkeit."))
            #expect(tooLong.text.contains("SAP, \(long)</textarea>"))

            let many = (1...31).map { "Fähigkeit \($0)" }.joined(separator: ",")
            let tooMany = try await erika.post("/settings/skills", form: ["skills": many])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.text.contains("Das sind 31 Fähigkeiten; höchstens 30 sind möglich."))

            let erikaID = try #require(try await MemberLookup(database: app.db).member(handle: "erika")).id
            let stored = try await SkillsService(database: app.db).skills(of: erikaID)
            #expect(stored == ["CAD"])
        }
    }

    @Test("skills are one regardless of case and accents")
    func folding() {
        #expect(SkillNames.key("Cád") == SkillNames.key("CAD"))
        #expect(SkillNames.parse("Cád, cad ,CAD, SAP") == ["Cád", "SAP"])
    }

    @Test("visitors are sent to the login page")
    func visitors() async throws {
        try await withTestApp { app in
            let visitor = TestBrowser(app)
            for path in ["/settings/skills", "/org", "/org/directory", "/org/projects", "/org/people/anna"] {
                let response = try await visitor.get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.location?.hasPrefix("/login?next=") == true, "\(path)")
            }
            #expect(try await visitor.post("/settings/skills", form: ["skills": "SAP"]).location?.hasPrefix("/login") == true)
        }
    }
}
