@testable import Accounts
import Fluent
import Foundation
@testable import Organisation
import Testing
import TestSupport
import Vapor
import VaporTesting

@Suite struct OrgAdminTests {
    /// The first member to register is an administrator; the second is a plain member.
    private func adminAndMember(_ app: Application) async throws -> (admin: TestBrowser, member: TestBrowser) {
        let admin = TestBrowser(app)
        try await admin.register("chefin", email: "chefin@firma.de", displayName: "Chefin Groß")
        let member = TestBrowser(app)
        try await member.register("mitglied", email: "mitglied@firma.de", displayName: "Mitglied Klein")
        return (admin, member)
    }

    private func userID(_ username: String, _ app: Application) async throws -> Int64 {
        try #require(try await MemberLookup(database: app.db).member(handle: username)).id
    }

    @Test func onlyAdminsReachTheAdministrationAndTheImport() async throws {
        try await withTestApp { app in
            let (admin, member) = try await adminAndMember(app)
            #expect(try await admin.get("/org/admin").status == .ok)
            #expect(try await admin.get("/org/admin/import").status == .ok)
            // The chart leads administrators, and only them, to the administration.
            #expect(try await admin.get("/org").text.contains(#"href="/org/admin""#))
            #expect(try await member.get("/org").text.contains(#"href="/org/admin""#) == false)
            for path in ["/org/admin", "/org/admin/import"] {
                #expect(try await member.get(path).status == .forbidden, "\(path)")
            }
            #expect(try await member.post("/org/admin/units", form: ["name": "Firma", "kind": "company"]).status == .forbidden)
            #expect(try await member.post("/org/admin/placements", form: ["person": "mitglied"]).status == .forbidden)
            #expect(try await member.post("/org/admin/projects", form: ["name": "Geheim"]).status == .forbidden)
            #expect(try await app.uploadImport(OrgImportFiles.twoHundred, as: member).status == .forbidden)
            #expect(try await member.post("/org/admin/import/confirm", form: ["token": "x"]).status == .forbidden)
            #expect(try await OrgUnit.query(on: app.db).count() == 0)
            #expect(try await OrgProject.query(on: app.db).count() == 0)
            #expect(try await User.query(on: app.db).count() == 2)
        }
    }

    @Test func uploadPreviewAndImportInTheBrowser() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let preview = try await app.uploadImport(OrgImportFiles.twoHundred, as: admin)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("200 Zeilen (gelesen als Windows-1252): 200 neue Personen, 0 Aktualisierungen, 0 fehlerhafte Zeilen."))
            #expect(preview.text.contains("Jörg Dürr"))
            #expect(preview.text.contains("Musterfirma GmbH / Standort Augsburg / Produktion / Frühschicht"))
            #expect(try await User.query(on: app.db).count() == 2, "the preview writes nothing")
            let token = try #require(preview.text.firstMatch(of: /name="token" value="([^"]+)"/)).1

            // Another admin session cannot import this admin's file.
            let stranger = TestBrowser(app)
            try await stranger.logIn("chefin", password: "richtig-gutes-passwort")
            #expect(try await stranger.post("/org/admin/import/confirm", form: ["token": String(token)]).status == .unprocessableEntity)

            let done = try await admin.post("/org/admin/import/confirm", form: ["token": String(token)])
            #expect(done.status == .seeOther)
            #expect(done.location == "/org/admin")
            let overview = try await admin.get("/org/admin")
            #expect(overview.text.contains("Import abgeschlossen: 200 neue Personen, 0 aktualisiert"))
            #expect(overview.text.contains("Standort Leipzig"))
            #expect(try await User.query(on: app.db).count() == 202)
            // The kept file is gone: the same token imports nothing twice.
            #expect(try await admin.post("/org/admin/import/confirm", form: ["token": String(token)]).status == .unprocessableEntity)
            #expect(try await User.query(on: app.db).count() == 202)
        }
    }

    @Test func thePreviewShowsEachRowsErrorsAndOffersNoImport() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let csv = """
                Name;E-Mail;Stelle;Einheit;Vorgesetzte/r E-Mail
                Anna Ärger;anna@firma.de;Chefin;Firma GmbH;
                Bernd Bär;bernd@firma.de;Leiter;Firma GmbH / Werk;niemand@firma.de
                Carla Copy;anna@firma.de;Kopie;Firma GmbH;
                """
            let preview = try await app.uploadImport(OrgImportFiles.utf8(csv), as: admin)
            #expect(preview.status == .unprocessableEntity)
            #expect(preview.text.contains("Vorgesetzte/r „niemand@firma.de“ ist weder in der Datei noch Mitglied."))
            #expect(preview.text.contains("„anna@firma.de“ steht schon in Zeile 2."))
            #expect(preview.text.contains("import-has-errors"))
            #expect(!preview.text.contains("org-import-confirm"))
            #expect(try await User.query(on: app.db).count() == 2)

            let missing = try await app.uploadImport(OrgImportFiles.utf8("Name;Stelle\nAnna;Chefin\n"), as: admin)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Es fehlen Spalten: E-Mail, Einheit, Vorgesetzte/r E-Mail."))
        }
    }

    @Test func placingAPersonRefusesACircleInTheReportingLine() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            #expect(try await admin.post("/org/admin/units", form: ["name": "Firma GmbH", "kind": "company", "parent_id": ""]).status == .seeOther)
            let company = try #require(try await OrgUnit.query(on: app.db).first()).requireID()
            let placed = try await admin.post("/org/admin/placements", form: [
                "person": "mitglied", "unit_id": String(company), "manager": "chefin@firma.de", "position": "Sachbearbeiter",
            ])
            #expect(placed.status == .seeOther)
            let member = try await userID("mitglied", app), chefin = try await userID("chefin", app)
            #expect(try await OrgPlacement.find(member, on: app.db)?.managerID == chefin)
            #expect(try await MemberLookup(database: app.db).member(id: member)?.department == "Firma GmbH")
            #expect(try await MemberLookup(database: app.db).member(id: member)?.position == "Sachbearbeiter")

            let circle = try await admin.post("/org/admin/placements", form: ["person": "chefin", "unit_id": "", "manager": "mitglied"])
            #expect(circle.status == .unprocessableEntity)
            #expect(circle.text.contains("Das ergäbe einen Kreis in der Berichtslinie: Chefin Groß → Mitglied Klein → Chefin Groß."))
            #expect(circle.text.contains("value=\"mitglied\""), "the form keeps what was typed")
            #expect(try await OrgPlacement.find(chefin, on: app.db) == nil)

            let own = try await admin.post("/org/admin/placements", form: ["person": "chefin", "manager": "@chefin"])
            #expect(own.status == .unprocessableEntity)
            let unknown = try await admin.post("/org/admin/placements", form: ["person": "niemand"])
            #expect(unknown.text.contains("Niemand mit dem Benutzernamen oder der E-Mail-Adresse „niemand“."))
        }
    }

    @Test func movingAUnitBelowItsOwnSubUnitIsRefused() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let service = OrganisationService(database: app.db, projectSpaces: nil)
            let company = try await service.createUnit(name: "Firma GmbH", kind: .company, parentID: nil)
            let site = try await service.createUnit(name: "Werk Nord", kind: .site, parentID: company)
            let department = try await service.createUnit(name: "Montage", kind: .department, parentID: site)
            let team = try await service.createUnit(name: "Team A", kind: .team, parentID: department)

            let below = try await admin.post("/org/admin/units/\(department)", form: [
                "name": "Montage", "kind": "department", "parent_id": String(team), "sort_order": "0",
            ])
            #expect(below.status == .unprocessableEntity)
            #expect(below.text.contains("Eine Einheit kann nicht unter sich selbst oder eine ihrer Untereinheiten verschoben werden."))
            let itself = try await admin.post("/org/admin/units/\(site)", form: [
                "name": "Werk Nord", "kind": "site", "parent_id": String(site), "sort_order": "0",
            ])
            #expect(itself.status == .unprocessableEntity)
            #expect(try await OrgUnit.find(department, on: app.db)?.parentID == site)
            #expect(try await OrgUnit.find(site, on: app.db)?.parentID == company)

            // A legal move and rename works; a second site of the same name in any case does not.
            let other = try await service.createUnit(name: "Werk Süd", kind: .site, parentID: company)
            let moved = try await admin.post("/org/admin/units/\(department)", form: [
                "name": "Endmontage", "kind": "department", "parent_id": String(other), "sort_order": "2",
            ])
            #expect(moved.status == .seeOther)
            #expect(try await OrgUnit.find(department, on: app.db)?.parentID == other)
            let twin = try await admin.post("/org/admin/units", form: ["name": "werk süd", "kind": "site", "parent_id": String(company)])
            #expect(twin.status == .unprocessableEntity)
            #expect(twin.text.contains("Auf dieser Ebene gibt es schon eine Einheit „werk süd“."))
            // Only an empty unit can be deleted.
            #expect(try await admin.post("/org/admin/units/\(other)/delete").status == .conflict)
            #expect(try await admin.post("/org/admin/units/\(team)/delete").status == .seeOther)
            #expect(try await OrgUnit.find(team, on: app.db) == nil)
        }
    }

    @Test func projectsWithMembersAndRoles() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let created = try await admin.post("/org/admin/projects", form: ["name": "Sensorik 2027", "description": "Neue Sensoren"])
            #expect(created.status == .seeOther)
            let project = try #require(try await OrgProject.query(on: app.db).first()).requireID()
            #expect(created.location == "/org/admin/projects/\(project)")
            #expect(try await admin.post("/org/admin/projects", form: ["name": "SENSORIK 2027"]).status == .unprocessableEntity)

            #expect(try await admin.post("/org/admin/projects/\(project)/members",
                                         form: ["person": "chefin", "role": "Projektleitung", "is_lead": "1"]).status == .seeOther)
            #expect(try await admin.post("/org/admin/projects/\(project)/members",
                                         form: ["person": "mitglied@firma.de", "role": "Konstruktion"]).status == .seeOther)
            let unknown = try await admin.post("/org/admin/projects/\(project)/members", form: ["person": "niemand", "role": "X"])
            #expect(unknown.status == .unprocessableEntity)
            let page = try await admin.get("/org/admin/projects/\(project)")
            #expect(page.text.contains("Projektleitung") && page.text.contains("Konstruktion"))
            let members = try await OrganisationReader(database: app.db).members(ofProject: project)
            #expect(members.count == 2)
            #expect(members.first?.isLead == true && members.first?.role == "Projektleitung")

            let member = try await userID("mitglied", app)
            #expect(try await admin.post("/org/admin/projects/\(project)/members/\(member)/remove").status == .seeOther)
            #expect(try await OrganisationReader(database: app.db).members(ofProject: project).count == 1)
            // The project's space follows when the spaces feature is installed.
            if let spaces = app.projectSpaces {
                #expect(try await spaces.spacePath(forProject: project, on: app.db) != nil)
            }
        }
    }

    // Found by the form fuzzer (scripts/fuzz/forms.py): a select's value that is no number was read as
    // "none" and a mangled order as 0, so a forged form moved units and people without a word.
    @Test("A unit whose parent is no unit's number is refused, not made top-level")
    func aParentThatIsNoNumberIsRefused() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let service = OrganisationService(database: app.db, projectSpaces: nil)
            let company = try await service.createUnit(name: "Firma GmbH", kind: .company, parentID: nil)
            let site = try await service.createUnit(name: "Werk Nord", kind: .site, parentID: company)

            let created = try await admin.post("/org/admin/units", form: ["name": "Zweite Firma", "kind": "company", "parent_id": "nicht-vorhanden"])
            #expect(created.status == .unprocessableEntity)
            #expect(created.text.contains("Diese Einheit gibt es nicht."))
            #expect(created.text.contains(#"value="Zweite Firma""#), "the form keeps what was typed")
            #expect(try await OrgUnit.query(on: app.db).count() == 2)

            let moved = try await admin.post("/org/admin/units/\(site)", form: [
                "name": "Werk Nord", "kind": "company", "parent_id": "abc", "sort_order": "0",
            ])
            #expect(moved.status == .unprocessableEntity)
            let unit = try #require(try await OrgUnit.find(site, on: app.db))
            #expect(unit.parentID == company && unit.kind == .site)
        }
    }

    @Test("A placement whose unit is no unit's number is refused, and the person stays in their unit")
    func aPlacementUnitThatIsNoNumberIsRefused() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let company = try await OrganisationService(database: app.db, projectSpaces: nil)
                .createUnit(name: "Firma GmbH", kind: .company, parentID: nil)
            #expect(try await admin.post("/org/admin/placements", form: ["person": "mitglied", "unit_id": String(company)]).status == .seeOther)

            let mangled = try await admin.post("/org/admin/placements", form: ["person": "mitglied", "unit_id": "1 OR 1=1"])
            #expect(mangled.status == .unprocessableEntity)
            #expect(mangled.text.contains("Diese Einheit gibt es nicht."))
            let member = try await userID("mitglied", app)
            #expect(try await OrgPlacement.find(member, on: app.db)?.unitID == company)
            #expect(try await MemberLookup(database: app.db).member(id: member)?.department == "Firma GmbH")
        }
    }

    @Test("A unit's order that is no whole number is refused, not taken as 0")
    func anOrderThatIsNoWholeNumberIsRefused() async throws {
        try await withTestApp { app in
            let (admin, _) = try await adminAndMember(app)
            let service = OrganisationService(database: app.db, projectSpaces: nil)
            let company = try await service.createUnit(name: "Firma GmbH", kind: .company, parentID: nil)
            let site = try await service.createUnit(name: "Werk Nord", kind: .site, parentID: company, sortOrder: 2)

            for order in ["zwei", "99999999999999999999", "1.5"] {
                let saved = try await admin.post("/org/admin/units/\(site)", form: [
                    "name": "Werk Nord", "kind": "site", "parent_id": String(company), "sort_order": order,
                ])
                #expect(saved.status == .unprocessableEntity, "\(order)")
                #expect(saved.text.contains("Die Reihenfolge muss eine ganze Zahl sein."))
            }
            #expect(try await OrgUnit.find(site, on: app.db)?.sortOrder == 2)
            // Empty still means the first place.
            let empty = try await admin.post("/org/admin/units/\(site)", form: [
                "name": "Werk Nord", "kind": "site", "parent_id": String(company), "sort_order": "",
            ])
            #expect(empty.status == .seeOther)
            #expect(try await OrgUnit.find(site, on: app.db)?.sortOrder == 0)
        }
    }

    @Test func theDemoCompanyHasItsOrganisationAndTwoProjects() async throws {
        try await withTestApp { app in
            // Only what the organisation builds on: the demo people (the project spaces follow through the hook).
            try await AccountsDemoData.seed(on: app)
            try await OrganisationFeature.seedDemo(on: app)
            let reader = OrganisationReader(database: app.db)
            let lookup = MemberLookup(database: app.db)
            let ids = try await lookup.members(usernames: AccountsDemoData.usernames)
            #expect(ids.count == 30)
            let placements = try await reader.placements(userIDs: ids.values.map(\.id))
            #expect(placements.count == 30)
            let anna = try #require(ids["anna.schmidt"]).id
            #expect(placements[anna]?.managerID == nil)
            #expect(placements.values.filter { $0.managerID == nil }.count == 1)
            #expect(placements[try #require(ids["thomas.mueller"]).id]?.managerID == anna)
            #expect(placements[try #require(ids["frank.zimmermann"]).id]?.managerID == ids["thomas.mueller"]?.id)
            let units = try await reader.units()
            #expect(units.filter { $0.kind == .company }.map(\.name) == ["Musterfirma GmbH"])
            #expect(Set(units.filter { $0.kind == .site }.map(\.name)) == ["Standort Stuttgart", "Standort Augsburg"])
            #expect(units.contains { $0.kind == .team })
            let projects = try await reader.projects()
            #expect(Set(projects.map(\.name)) == ["Sensorik 2027", "Neue Website"])
            for project in projects {
                let members = try await reader.members(ofProject: project.id)
                #expect((5...8).contains(members.count))
                #expect(members.filter(\.isLead).count == 1)
            }

            // Again: nothing new.
            let counts = (try await OrgUnit.query(on: app.db).count(), try await OrgPlacement.query(on: app.db).count(),
                          try await OrgProject.query(on: app.db).count(), try await OrgProjectMember.query(on: app.db).count())
            try await OrganisationFeature.seedDemo(on: app)
            #expect(try await OrgUnit.query(on: app.db).count() == counts.0)
            #expect(try await OrgPlacement.query(on: app.db).count() == counts.1)
            #expect(try await OrgProject.query(on: app.db).count() == counts.2)
            #expect(try await OrgProjectMember.query(on: app.db).count() == counts.3)
        }
    }
}
