@testable import Accounts
import Fluent
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Issue 15: invitation links were copied by hand; an invitation for an address now goes there by e-mail,
/// in the language the admin chooses.
@Suite("Invitations by e-mail")
struct InvitationMailTests {
    /// Registration closed, with Chefin signed in as the administrator.
    private func closedApp(_ test: (Application, TestBrowser) async throws -> Void) async throws {
        try await withTestApp(configure: { $0.registrationMode = .closed }) { app in
            let created = try await AccountsAdministration.createAdmin(username: "chefin", displayName: "Clara Chefin", email: "chefin@example.com",
                                                                       password: "richtig-gutes-passwort", on: app)
            #expect(created == .created)
            let chefin = TestBrowser(app)
            #expect(try await chefin.logIn("chefin", password: "richtig-gutes-passwort").status == .seeOther)
            try await test(app, chefin)
        }
    }

    private func mails(to address: String, _ app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$recipient == address).sort(\.$id).all()
    }

    @Test("An invitation for an address goes there by mail in the chosen language, and its link registers the person")
    func invitationIsMailed() async throws {
        try await closedApp { app, chefin in
            let form = try await chefin.get("/admin/invitations")
            #expect(form.text.contains(#"<option value="de" selected>Deutsch</option>"#))

            let created = try await chefin.post("/admin/invitations", form: ["email": "Erika@Partner.example", "language": "en"])
            #expect(created.status == .created)
            #expect(created.text.contains("Die Einladung ist per E-Mail an erika@partner.example unterwegs."))
            let mail = try #require(try await mails(to: "erika@partner.example", app).last)
            #expect(mail.subject == "Invitation to Treffpunkt")
            #expect(mail.textBody.contains("Clara Chefin invites you to Treffpunkt."))
            #expect(mail.htmlBody.contains("Accept the invitation"))
            let code = String(try #require(mail.textBody.firstMatch(of: /http:\/\/localhost:8080\/register\?invite=([A-Za-z0-9_-]+)/)).1)

            let invited = try await TestBrowser(app).register("erika", email: "erika@partner.example", extra: ["invitation_code": code])
            #expect(invited.status == .seeOther)
            #expect(invited.location == "/")
        }
    }

    @Test("Without a choice the mail is in the admin's language; without an address no mail goes out")
    func defaultLanguageAndNoAddress() async throws {
        try await closedApp { app, chefin in
            #expect(try await chefin.post("/admin/invitations", form: ["email": "max@partner.example"]).status == .created)
            let mail = try #require(try await mails(to: "max@partner.example", app).last)
            #expect(mail.subject == "Einladung zu Treffpunkt")
            #expect(mail.textBody.contains("Clara Chefin lädt Sie zu Treffpunkt ein."))

            let before = try await OutboxMessage.query(on: app.db).count()
            let anyone = try await chefin.post("/admin/invitations", form: ["email": ""])
            #expect(anyone.status == .created)
            #expect(!anyone.text.contains("unterwegs"))
            #expect(try await OutboxMessage.query(on: app.db).count() == before)
        }
    }

    @Test("A language we do not write or an address mail cannot reach is refused beside its field, keeping what was typed")
    func badInputIsRefused() async throws {
        try await closedApp { app, chefin in
            let french = try await chefin.post("/admin/invitations", form: ["email": "erika@partner.example", "language": "fr"])
            #expect(french.status == .unprocessableEntity)
            #expect(french.text.contains("Bitte Deutsch oder Englisch wählen."))
            #expect(french.text.contains(#"value="erika@partner.example""#))

            let umlaut = try await chefin.post("/admin/invitations", form: ["email": "jürgen@partner.example", "language": "en"])
            #expect(umlaut.status == .unprocessableEntity)
            #expect(umlaut.text.contains("An diese Adresse können wir keine E-Mail schicken."))
            #expect(umlaut.text.contains(#"<option value="en" selected>English</option>"#))
            #expect(try await Invitation.query(on: app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }
}
