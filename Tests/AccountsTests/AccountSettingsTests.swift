@testable import Accounts
import Fluent
import Testing
import TestSupport
import VaporTesting

@Suite("Account settings")
struct AccountSettingsTests {
    @Test("changing the password needs the current one and signs out other sessions")
    func changePassword() async throws {
        try await withTestApp { app in
            let laptop = TestBrowser(app)
            try await laptop.register("erika")
            let phone = TestBrowser(app)
            try await phone.logIn("erika", password: "richtig-gutes-passwort")
            #expect(try await phone.get("/settings/account").status == .ok)

            let wrong = try await laptop.post("/settings/account/password", form: ["current_password": "falsch-falsch", "new_password": "ein-neues-passwort"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Das aktuelle Passwort stimmt nicht."))
            let short = try await laptop.post("/settings/account/password", form: ["current_password": "richtig-gutes-passwort", "new_password": "kurz"])
            #expect(short.status == .unprocessableEntity)
            #expect(short.text.contains("id=\"field-new_password-error\""))

            let changed = try await laptop.post("/settings/account/password", form: ["current_password": "richtig-gutes-passwort", "new_password": "ein-neues-passwort"])
            #expect(changed.status == .seeOther)
            #expect(try await laptop.get("/settings/account").status == .ok)
            #expect(try await phone.get("/settings/account").status == .seeOther)
            #expect(try await TestBrowser(app).logIn("erika", password: "richtig-gutes-passwort").status == .unauthorized)
            #expect(try await TestBrowser(app).logIn("erika", password: "ein-neues-passwort").status == .seeOther)
        }
    }

    @Test("deleting the account needs the password and removes it with its tokens")
    func deleteAccount() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("admin")
            let erika = TestBrowser(app)
            try await erika.register("erika")
            #expect(try await erika.post("/settings/tokens", form: ["name": "Skript"]).status == .created)
            #expect(try await AccessToken.query(on: app.db).count() == 1)

            let wrong = try await erika.post("/settings/account/delete", form: ["password": "falsch-falsch"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(try await User.query(on: app.db).count() == 2)

            let deleted = try await erika.post("/settings/account/delete", form: ["password": "richtig-gutes-passwort"])
            #expect(deleted.location == "/login")
            #expect(try await erika.get("/login").text.contains("Ihr Konto wurde gelöscht."))
            #expect(try await User.query(on: app.db).count() == 1)
            #expect(try await AccessToken.query(on: app.db).count() == 0)
            #expect(try await TestBrowser(app).get("/@erika").status == .notFound)
            #expect(try await TestBrowser(app).logIn("erika", password: "richtig-gutes-passwort").status == .unauthorized)
        }
    }

    @Test("the last administrator cannot delete their account")
    func lastAdminStays() async throws {
        try await withTestApp { app in
            let admin = TestBrowser(app)
            try await admin.register("admin")
            let response = try await admin.post("/settings/account/delete", form: ["password": "richtig-gutes-passwort"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("letzte Administratorin"))
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }
}
