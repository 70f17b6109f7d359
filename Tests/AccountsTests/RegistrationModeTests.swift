@testable import Accounts
import Fluent
import Testing
import TestSupport
import VaporTesting

@Suite("Who may register")
struct RegistrationModeTests {
    @Test("domain mode admits listed e-mail domains only")
    func domainMode() async throws {
        try await withTestApp(configure: { $0.registrationMode = .domain; $0.registrationDomains = ["musterfirma.de"] }) { app in
            let form = try await TestBrowser(app).get("/register")
            #expect(form.text.contains("Registrierung nur mit E-Mail-Adressen von: musterfirma.de"))
            let outsider = try await TestBrowser(app).register("fremd", email: "fremd@example.com")
            #expect(outsider.status == .unprocessableEntity)
            #expect(outsider.text.contains("Mit dieser E-Mail-Domain ist keine Registrierung möglich."))
            #expect(try await TestBrowser(app).register("erika", email: "Erika@Musterfirma.de").status == .seeOther)
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    @Test("closed mode needs an admin's invitation, which works once and only for its address")
    func closedMode() async throws {
        try await withTestApp(configure: { $0.registrationMode = .closed }) { app in
            let admin = try await AccountsAdministration.createAdmin(username: "chefin", displayName: "Chefin", email: "chefin@example.com",
                                                                     password: "richtig-gutes-passwort", on: app)
            #expect(admin == .created)
            let uninvited = try await TestBrowser(app).register("erika")
            #expect(uninvited.status == .unprocessableEntity)
            #expect(uninvited.text.contains("Die Registrierung ist geschlossen."))

            let chefin = TestBrowser(app)
            try await chefin.logIn("chefin", password: "richtig-gutes-passwort")
            let created = try await chefin.post("/admin/invitations", form: ["email": "erika@example.com"])
            #expect(created.status == .created)
            let link = try #require(created.text.firstMatch(of: /id="invitation-link">([^<]+)</)).1
            let code = try #require(link.split(separator: "invite=").last).description

            let invitedForm = try await TestBrowser(app).get("/register?invite=\(code)")
            #expect(invitedForm.text.contains("value=\"\(code)\""))
            let wrongAddress = try await TestBrowser(app).register("jemand", email: "jemand@example.com", extra: ["invitation_code": code])
            #expect(wrongAddress.status == .unprocessableEntity)
            #expect(wrongAddress.text.contains("Diese Einladung gilt für eine andere E-Mail-Adresse."))

            #expect(try await TestBrowser(app).register("erika", email: "erika@example.com", extra: ["invitation_code": code]).status == .seeOther)
            let reused = try await TestBrowser(app).register("erika2", email: "erika@example.com", extra: ["invitation_code": code])
            #expect(reused.status == .unprocessableEntity)
            #expect(reused.text.contains("Diese Einladung ist ungültig, abgelaufen oder schon benutzt."))
            #expect(try await User.query(on: app.db).count() == 2)
            #expect(try await chefin.get("/admin/invitations").text.contains("benutzt"))
        }
    }

    @Test("only administrators see the invitations page")
    func invitationsNeedAdmin() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("admin")
            let member = TestBrowser(app)
            try await member.register("erika")
            let response = try await member.get("/admin/invitations")
            #expect(response.status == .forbidden)
            #expect(response.text.contains("Kein Zugriff"))
            #expect(try await member.post("/admin/invitations", form: ["email": ""]).status == .forbidden)
            #expect(try await Invitation.query(on: app.db).count() == 0)
        }
    }

    @Test("create-admin makes a new administrator or promotes an existing member")
    func createAdmin() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("erste")
            try await TestBrowser(app).register("erika")
            #expect(try await AccountsAdministration.createAdmin(username: "erika", displayName: nil, email: "", password: "", on: app) == .promoted)
            let invalid = try await AccountsAdministration.createAdmin(username: "neu", displayName: nil, email: "kaputt", password: "kurz", on: app)
            guard case .invalid(let problems) = invalid else {
                Issue.record("expected validation problems")
                return
            }
            #expect(problems.contains("email"))
            #expect(problems.contains("password"))
            let roles = try await User.query(on: app.db).sort(\.$id).all().map(\.role)
            #expect(roles == [.admin, .admin])
        }
    }
}
