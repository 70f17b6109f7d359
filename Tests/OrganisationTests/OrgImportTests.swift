@testable import Accounts
import Fluent
import Foundation
@testable import Organisation
import Testing
import TestSupport
import Vapor

@Suite struct OrgImportTests {
    private func importFile(_ bytes: [UInt8], on app: Application) async throws -> OrgImportService.Outcome {
        try await OrgImportService(app: app).run(bytes)
    }

    private func expectTwoHundredImported(_ app: Application) async throws {
        #expect(try await User.query(on: app.db).count() == 200)
        #expect(try await OrgPlacement.query(on: app.db).count() == 200)
        let director = try #require(try await User.query(on: app.db).filter(\.$email == "joerg.duerr@musterfirma.de").first())
        #expect(director.displayName == "Jörg Dürr")
        #expect(director.position == "Geschäftsführer")
        #expect(director.department == "Geschäftsführung")
        #expect(try await OrgPlacement.find(director.requireID(), on: app.db)?.managerID == nil)
        let quality = try #require(try await User.query(on: app.db).filter(\.$position ~~ "Qualitätssicherung – Werk").first())
        #expect(quality.department == "Qualitätssicherung")
        #expect(try await User.query(on: app.db).filter(\.$displayName == "Dirk Keßler").first() != nil)
        let units = try await OrgUnit.query(on: app.db).all()
        #expect(units.filter { $0.kind == .company }.map(\.name) == ["Musterfirma GmbH"])
        #expect(Set(units.filter { $0.kind == .site }.map(\.name)) == ["Standort Stuttgart", "Standort Augsburg", "Standort Leipzig"])
        #expect(units.contains { $0.name == "Frühschicht" && $0.kind == .team })
        // Everyone but the managing director reports to someone.
        #expect(try await OrgPlacement.query(on: app.db).filter(\.$managerID == nil).count() == 1)
    }

    @Test func importsTheTwoHundredPeopleOfTheWindows1252File() async throws {
        try await withTestApp { app in
            let plan = try await OrgImportService(app: app).preview(OrgImportFiles.twoHundred)
            #expect(plan.encoding == .windows1252)
            #expect(plan.rows.count == 200)
            #expect(plan.count(.new) == 200)
            #expect(!plan.hasErrors)
            #expect(try await User.query(on: app.db).count() == 0, "the preview writes nothing")
            guard case .imported(let result) = try await importFile(OrgImportFiles.twoHundred, on: app) else {
                Issue.record("the import was refused")
                return
            }
            #expect(result.created == 200)
            try await expectTwoHundredImported(app)

            // Importing again updates the same people and creates nothing.
            guard case .imported(let again) = try await importFile(OrgImportFiles.twoHundred, on: app) else {
                Issue.record("the second import was refused")
                return
            }
            #expect(again == OrgImportResult(created: 0, updated: 200, newUnits: 0))
            #expect(try await User.query(on: app.db).count() == 200)
        }
    }

    @Test func readsExcelUnicodeTextUTF16WithTabs() async throws {
        try await withTestApp { app in
            let plan = try await OrgImportService(app: app).preview(OrgImportFiles.utf16Tabs)
            #expect(plan.encoding == .utf16LittleEndian)
            guard case .imported = try await importFile(OrgImportFiles.utf16Tabs, on: app) else {
                Issue.record("the import was refused")
                return
            }
            try await expectTwoHundredImported(app)
        }
    }

    @Test func readsUTF8WithByteOrderMarkCommasAndEnglishHeaders() async throws {
        try await withTestApp { app in
            let plan = try await OrgImportService(app: app).preview(OrgImportFiles.utf8Commas)
            #expect(plan.encoding == .utf8)
            guard case .imported = try await importFile(OrgImportFiles.utf8Commas, on: app) else {
                Issue.record("the import was refused")
                return
            }
            try await expectTwoHundredImported(app)
        }
    }

    @Test func missingColumnsAreNamedInOneError() async throws {
        try await withTestApp { app in
            let bytes = OrgImportFiles.utf8("Name;Stelle\nJörg Dürr;Geschäftsführer\n")
            do {
                _ = try await OrgImportService(app: app).preview(bytes)
                Issue.record("a file without e-mail, unit and manager columns was accepted")
            } catch let failure as OrgImportFailure {
                let message = failure.message.de
                #expect(message.contains("E-Mail") && message.contains("Einheit") && message.contains("Vorgesetzte/r E-Mail"))
                #expect(!message.contains("Name,"))
            }
        }
    }

    @Test func rowErrorsNameTheRowAndWhatIsWrong() async throws {
        try await withTestApp { app in
            let csv = """
                Name;E-Mail;Stelle;Einheit;Vorgesetzter
                Anna Ärger;anna@firma.de;Chefin;Firma GmbH;
                Bernd Bär;bernd@firma.de;Leiter;Firma GmbH / Werk;niemand@firma.de
                Carla Copy;anna@firma.de;Kopie;Firma GmbH;
                ;dora@firma.de;Ohne Name;Firma GmbH;anna@firma.de
                Emil Eck;kein-mail;Monteur;Firma GmbH;anna@firma.de
                Fritz Fuß;fritz@firma.de;Kreis;Firma GmbH;gabi@firma.de
                Gabi Gans;gabi@firma.de;Kreis;Firma GmbH;fritz@firma.de
                Hans Heim;hans@firma.de;Selbst;Firma GmbH;hans@firma.de
                """
            let plan = try await OrgImportService(app: app).preview(OrgImportFiles.utf8(csv))
            func problems(_ row: Int) -> String { plan.rows.first { $0.source.number == row }?.problems.map(\.de).joined(separator: " ") ?? "" }
            #expect(plan.rows.first { $0.source.number == 2 }?.status == .new)
            #expect(problems(3).contains("niemand@firma.de") && problems(3).contains("weder in der Datei noch Mitglied"))
            #expect(problems(4).contains("steht schon in Zeile 2"))
            #expect(problems(5).contains("Name fehlt"))
            #expect(problems(6).contains("keine gültige E-Mail-Adresse"))
            #expect(problems(7).contains("Kreis in der Berichtslinie: Fritz Fuß → Gabi Gans → Fritz Fuß"))
            #expect(problems(8).contains("Kreis in der Berichtslinie: Gabi Gans → Fritz Fuß → Gabi Gans"))
            #expect(problems(9).contains("eigener Vorgesetzter"))
            #expect(plan.count(.error) == 7)
        }
    }

    @Test func aCircleThroughExistingMembersIsFound() async throws {
        try await withTestApp { app in
            // Existing: berta reports to anton. The file makes anton report to berta.
            guard case .imported = try await importFile(OrgImportFiles.utf8("""
                Name;E-Mail;Einheit;Vorgesetzte E-Mail
                Anton Alt;anton@firma.de;Firma GmbH;
                Berta Berg;berta@firma.de;Firma GmbH;anton@firma.de
                """), on: app) else {
                Issue.record("the first import was refused")
                return
            }
            let plan = try await OrgImportService(app: app).preview(OrgImportFiles.utf8("""
                Name;E-Mail;Einheit;Vorgesetzte E-Mail
                Anton Alt;anton@firma.de;Firma GmbH;berta@firma.de
                """))
            #expect(plan.rows[0].problems.map(\.de).joined().contains("Anton Alt → Berta Berg → Anton Alt"))
        }
    }

    @Test func aUnitPathThatConflictsWithExistingKindsIsARowError() async throws {
        try await withTestApp { app in
            let service = OrganisationService(database: app.db, projectSpaces: nil)
            let company = try await service.createUnit(name: "Firma GmbH", kind: .company, parentID: nil)
            try await service.createUnit(name: "Team Blau", kind: .team, parentID: company)
            let plan = try await OrgImportService(app: app).preview(OrgImportFiles.utf8("""
                Name;E-Mail;Einheit;Vorgesetzte E-Mail
                Anton Alt;anton@firma.de;Firma GmbH / Team Blau / Einkauf;
                Berta Berg;berta@firma.de;Firma GmbH / Team Blau;
                """))
            #expect(plan.rows[0].problems.map(\.de).joined().contains("„Team Blau“ ist Team und kann keine Abteilung „Einkauf“ enthalten"))
            #expect(plan.rows[1].problems.isEmpty)
            #expect(plan.newUnits.isEmpty)
        }
    }

    @Test func aFailingImportWritesNothing() async throws {
        try await withTestApp { app in
            // The 200 good rows and one with an unknown manager at the very end.
            var text = OrgImportFiles.twoHundredText
            text += "Zoe Zuletzt;zoe.zuletzt@musterfirma.de;Praktikantin;Musterfirma GmbH / Standort Leipzig / Montage;unbekannt@musterfirma.de\r\n"
            guard case .invalid(let plan) = try await importFile(OrgImportFiles.utf8(text), on: app) else {
                Issue.record("an import with an error was written")
                return
            }
            #expect(plan.count(.error) == 1)
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await OrgUnit.query(on: app.db).count() == 0)
            #expect(try await OrgPlacement.query(on: app.db).count() == 0)
        }
    }

    @Test func existingMembersAreUpdatedNotDuplicated() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.register("anna", email: "Anna@Firma.de", displayName: "Anna Admin")
            guard case .imported(let result) = try await importFile(OrgImportFiles.utf8("""
                Name;E-Mail;Position;Einheit;Manager
                Anna Anders;anna@firma.de;Geschäftsführerin;Firma GmbH / Zentrale / Leitung;
                Jürgen Groß;juergen@firma.de;Einkäufer;Firma GmbH / Zentrale / Einkauf;anna@firma.de
                """), on: app) else {
                Issue.record("the import was refused")
                return
            }
            #expect(result == OrgImportResult(created: 1, updated: 1, newUnits: 4))
            let anna = try #require(try await User.query(on: app.db).filter(\.$usernameKey == "anna").first())
            #expect(anna.displayName == "Anna Admin", "members keep the name they chose")
            #expect(anna.position == "Geschäftsführerin")
            #expect(anna.department == "Leitung")
            let juergen = try #require(try await User.query(on: app.db).filter(\.$email == "juergen@firma.de").first())
            #expect(juergen.username == "juergen")
            #expect(try await OrgPlacement.find(juergen.requireID(), on: app.db)?.managerID == anna.requireID())
            // Nobody can log in with the password of a member the import created.
            let login = try await TestBrowser(app).logIn("juergen", password: "")
            #expect(login.status != .seeOther)
        }
    }
}

@Suite struct OrgImportCleaningTests {
    @Test func controlCharactersInCellsAreDropped() async throws {
        try await withTestApp { app in
            let bytes = OrgImportFiles.utf8("Name;E-Mail;Einheit;Vorgesetzte E-Mail\nAnna\u{0}  Ärger;anna@firma.de;Firma\u{7} GmbH;\n")
            guard case .imported = try await OrgImportService(app: app).run(bytes) else {
                Issue.record("the import was refused")
                return
            }
            #expect(try await User.query(on: app.db).first()?.displayName == "Anna Ärger")
            #expect(try await OrgUnit.query(on: app.db).first()?.name == "Firma GmbH")
        }
    }
}
