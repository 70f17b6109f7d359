@testable import Accounts
import Fluent
import Foundation
@testable import Mail
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Issue 15: people the HR import created had no usable password and no way to get one. An administrator
/// now sends each of them a single-use link, valid for a week, that sets the password and signs in.
@Suite("Invitations to set a password for everyone the HR import created")
struct PasswordInvitationTests {
    static let people = [(name: "Jana Neu", email: "jana.neu@musterfirma.de", unit: "Musterfirma GmbH / IT"),
                         (name: "Olaf Alt", email: "olaf.alt@musterfirma.de", unit: "Musterfirma GmbH / IT")]

    private func mails(to address: String, _ app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$recipient == address).sort(\.$id).all()
    }

    /// The first member to register, an administrator, who imported Jana and Olaf.
    private func adminWhoImported(_ app: Application) async throws -> TestBrowser {
        let admin = TestBrowser(app)
        try await admin.register("chefin", email: "chefin@musterfirma.de")
        try await admin.importHRPeople(Self.people, on: app)
        return admin
    }

    @Test("An imported employee gets an invitation by mail, sets a password with its link and logs in; a second round reaches only the others")
    func importedEmployeeSetsPassword() async throws {
        try await withTestApp { app in
            let admin = try await adminWhoImported(app)
            let overview = try await admin.get("/org/admin")
            #expect(overview.text.contains("Einladungen an alle ohne Passwort senden"))

            let sent = try await admin.post("/admin/invitations/without-password", form: ["return_to": "/org/admin"])
            #expect(sent.status == .seeOther)
            #expect(sent.location == "/org/admin")
            #expect(try await admin.get("/org/admin").text.contains("2 Einladung(en) zum Festlegen des Passworts verschickt."))
            #expect(try await mails(to: "chefin@musterfirma.de", app).isEmpty)

            let mail = try #require(try await mails(to: "jana.neu@musterfirma.de", app).last)
            #expect(mail.subject == "Ihr Zugang zu Treffpunkt")
            #expect(mail.textBody.contains("Hallo Jana Neu,"))
            #expect(mail.textBody.contains("Benutzername: jana.neu"))
            #expect(mail.htmlBody.contains("Passwort festlegen"))
            let link = try #require(mail.textBody.firstMatch(of: /http:\/\/localhost:8080(\/password\/reset\?token=([A-Za-z0-9_-]+))/))
            let expiry = try #require(try await PasswordReset.query(on: app.db).sort(\.$id, .descending).first()).expiresAt
            #expect(expiry > Date().addingTimeInterval(6 * 24 * 3600))

            let jana = TestBrowser(app)
            #expect(try await jana.get(String(link.1)).status == .ok)
            let set = try await jana.post("/password/reset", form: ["token": String(link.2), "password": "janas-eigenes-passwort"])
            #expect(set.location == "/")
            #expect(try await jana.get("/settings/account").status == .ok)
            #expect(try await TestBrowser(app).logIn("jana.neu@musterfirma.de", password: "janas-eigenes-passwort").status == .seeOther)
            #expect(try await TestBrowser(app).get(String(link.1)).status == .gone)

            let again = try await admin.post("/admin/invitations/without-password", form: [:])
            #expect(again.location == "/admin/invitations")
            #expect(try await admin.get("/admin/invitations").text.contains("1 Einladung(en) zum Festlegen des Passworts verschickt."))
            #expect(try await mails(to: "jana.neu@musterfirma.de", app).count == 1)
            #expect(try await mails(to: "olaf.alt@musterfirma.de", app).count == 2)
        }
    }

    @Test("Only administrators send the invitations, and the return address stays on this site")
    func onlyAdmins() async throws {
        try await withTestApp { app in
            let admin = try await adminWhoImported(app)
            let member = TestBrowser(app)
            try await member.register("mitglied")
            #expect(try await member.post("/admin/invitations/without-password", form: [:]).status == .forbidden)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)

            let away = try await admin.post("/admin/invitations/without-password", form: ["return_to": "https://evil.example/"])
            #expect(away.location == "/admin/invitations")
        }
    }
}
