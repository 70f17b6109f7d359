import Testing
import TestSupport
import VaporTesting

/// Someone who took over an account keeps no way in once the owner changes the password:
/// other browsers are signed out, and apps too unless the owner unticks the box.
@Suite("Signing out on a password change")
struct PasswordChangeSignOutTests {
    private let change = ["current_password": "richtig-gutes-passwort", "new_password": "ein-neues-passwort"]

    /// Erika, registered and signed in, with an API token of her own.
    private func erikaWithToken(_ app: Application) async throws -> (browser: TestBrowser, token: String) {
        let erika = TestBrowser(app)
        try await erika.register("erika")
        return (erika, try await erika.createAccessToken(name: "Handy"))
    }

    private func tokenStatus(_ app: Application, _ token: String) async throws -> HTTPStatus {
        try await app.api(.GET, "/api/v1/accounts/verify_credentials", token: token).status
    }

    @Test("A password change signs out another browser, keeps this one, and with the box ticked ends every API token")
    func signsOutOtherSessionsAndApps() async throws {
        try await withTestApp { app in
            let (owner, ownToken) = try await erikaWithToken(app)
            let intruder = TestBrowser(app)
            #expect(try await intruder.logIn("erika", password: "richtig-gutes-passwort").status == .seeOther)
            let intrudersToken = try await intruder.createAccessToken(name: "Hintertür")
            #expect(try await tokenStatus(app, intrudersToken) == .ok)

            let form = try await owner.get("/settings/account")
            #expect(form.text.contains(#"name="sign_out_apps" value="1" checked="checked""#))
            #expect(form.text.contains("Auch alle App-Zugänge (API-Tokens) abmelden"))
            let changed = try await owner.post("/settings/account/password", form: change.merging(["sign_out_apps": "1"]) { $1 })
            #expect(changed.status == .seeOther)

            #expect(try await owner.get("/settings/account").text.contains("Andere Sitzungen und alle App-Zugänge wurden abgemeldet."))
            #expect(try await intruder.get("/settings/account").status == .seeOther)
            #expect(try await tokenStatus(app, intrudersToken) == .unauthorized)
            #expect(try await tokenStatus(app, ownToken) == .unauthorized)
        }
    }

    @Test("With the box unticked, API tokens keep working after a password change")
    func keepsAppsWhenUnticked() async throws {
        try await withTestApp { app in
            let (owner, token) = try await erikaWithToken(app)
            let other = TestBrowser(app)
            #expect(try await other.logIn("erika", password: "richtig-gutes-passwort").status == .seeOther)

            #expect(try await owner.post("/settings/account/password", form: change).status == .seeOther)
            #expect(try await owner.get("/settings/account").text.contains("Andere Sitzungen wurden abgemeldet."))
            #expect(try await other.get("/settings/account").status == .seeOther)
            #expect(try await tokenStatus(app, token) == .ok)
        }
    }

    @Test("A refused password change keeps the box as the member left it")
    func refusedChangeKeepsTheChoice() async throws {
        try await withTestApp { app in
            let (owner, token) = try await erikaWithToken(app)
            let wrong = try await owner.post("/settings/account/password",
                                             form: ["current_password": "falsch-falsch", "new_password": "ein-neues-passwort"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains(#"name="sign_out_apps" value="1"/>"#))
            let wrongTicked = try await owner.post("/settings/account/password",
                                                   form: ["current_password": "falsch-falsch", "new_password": "ein-neues-passwort", "sign_out_apps": "1"])
            #expect(wrongTicked.text.contains(#"name="sign_out_apps" value="1" checked="checked""#))
            #expect(try await tokenStatus(app, token) == .ok)
        }
    }
}
