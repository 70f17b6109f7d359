@testable import Accounts
import Fluent
import Testing
import TestSupport
import VaporTesting

@Suite("Registration")
struct RegistrationTests {
    @Test("a person registers and is signed in; the first, through the setup address, becomes admin")
    func registerSignsInAndFirstIsAdmin() async throws {
        try await withTestApp { app in
            let first = TestBrowser(app)
            let form = try await first.get("/register")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"username\""))

            let registered = try await first.register("erika", displayName: "Erika Mustermann")
            #expect(registered.status == .seeOther)
            #expect(registered.location == "/")
            let home = try await first.get("/")
            #expect(home.text.contains("href=\"/@erika\""))
            #expect(home.text.contains("Willkommen bei Treffpunkt, Erika Mustermann!"))

            try await TestBrowser(app).register("max")
            let users = try await User.query(on: app.db).sort(\.$id).all()
            #expect(users.map(\.username) == ["erika", "max"])
            #expect(users.map(\.role) == [.admin, .member])
            #expect(users[0].passwordHash.hasPrefix("$2"))
            #expect(users[0].passwordHash != "richtig-gutes-passwort")
        }
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let fields: [String: String]
        let field: String
        let message: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "empty username", fields: ["username": ""], field: "username", message: "Bitte ausfüllen."),
        BadInput(name: "username too short", fields: ["username": "ab"], field: "username", message: "3 bis 30 Zeichen"),
        BadInput(name: "username too long", fields: ["username": String(repeating: "a", count: 31)], field: "username", message: "3 bis 30 Zeichen"),
        BadInput(name: "username with space", fields: ["username": "erika muster"], field: "username", message: "3 bis 30 Zeichen"),
        BadInput(name: "username ending in a dot", fields: ["username": "erika."], field: "username", message: "3 bis 30 Zeichen"),
        BadInput(name: "username with markup", fields: ["username": "<script>"], field: "username", message: "3 bis 30 Zeichen"),
        BadInput(name: "empty display name", fields: ["display_name": "  "], field: "display_name", message: "Bitte ausfüllen."),
        BadInput(name: "display name too long", fields: ["display_name": String(repeating: "x", count: 61)], field: "display_name", message: "Höchstens 60 Zeichen."),
        BadInput(name: "empty e-mail", fields: ["email": ""], field: "email", message: "Bitte ausfüllen."),
        BadInput(name: "e-mail without at", fields: ["email": "erika.example.com"], field: "email", message: "gültige E-Mail-Adresse"),
        BadInput(name: "e-mail without domain", fields: ["email": "erika@localhost"], field: "email", message: "gültige E-Mail-Adresse"),
        BadInput(name: "e-mail too long", fields: ["email": String(repeating: "e", count: 250) + "@example.com"], field: "email", message: "gültige E-Mail-Adresse"),
        BadInput(name: "empty password", fields: ["password": ""], field: "password", message: "Bitte ausfüllen."),
        BadInput(name: "password of 9 characters", fields: ["password": "123456789"], field: "password", message: "mindestens 10 Zeichen"),
        BadInput(name: "password over 72 bytes", fields: ["password": String(repeating: "ä", count: 37)], field: "password", message: "höchstens 72 Byte"),
    ]

    @Test("bad input shows the error beside the field, keeps the typed values and writes nothing", arguments: badInputs)
    func badInput(_ input: BadInput) async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            var form = ["username": "erika", "display_name": "Erika Mustermann", "email": "erika@example.com",
                        "password": "richtig-gutes-passwort"]
            form.merge(input.fields) { _, new in new }
            let response = try await browser.post("/register", form: form)
            #expect(response.status == .unprocessableEntity)
            let html = response.text
            // The message sits in the field's own error paragraph, tied to the input for screen readers.
            #expect(html.contains("id=\"field-\(input.field)-error\""))
            let errorParagraph = try #require(html.firstMatch(of: try Regex("id=\"field-\(input.field)-error\" class=\"field-error\">([^<]*)<")))
            #expect(String(errorParagraph.output[1].substring ?? "").contains(input.message))
            #expect(html.contains("aria-invalid=\"true\""))
            // What the person typed is still there (but never the password).
            if input.field != "display_name" { #expect(html.contains("value=\"Erika Mustermann\"")) }
            #expect(!html.contains("richtig-gutes-passwort"))
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test("usernames and e-mail addresses are unique regardless of case")
    func duplicatesAreCaseInsensitive() async throws {
        try await withTestApp { app in
            try await TestBrowser(app).register("Erika", email: "Erika@Example.com")
            let again = try await TestBrowser(app).post("/register", form: [
                "username": "ERIKA", "display_name": "Erika Zwei", "email": "ERIKA@example.COM", "password": "richtig-gutes-passwort",
            ])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("Dieser Benutzername ist schon vergeben."))
            #expect(again.text.contains("Diese E-Mail-Adresse ist schon registriert."))
            #expect(try await User.query(on: app.db).count() == 1)
            let stored = try #require(try await User.query(on: app.db).first())
            #expect(stored.username == "Erika")
            #expect(stored.email == "erika@example.com")
        }
    }

    @Test("registration errors are in English for English browsers")
    func errorsInEnglish() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            browser.headers.replaceOrAdd(name: .acceptLanguage, value: "en-GB,en;q=0.9")
            let response = try await browser.register("erika", password: "short")
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("The password needs at least 10 characters."))
            #expect(response.text.contains("<html lang=\"en\">"))
        }
    }

    @Test("a form without the right token is refused and writes nothing")
    func csrfRejected() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let fields = ["username": "erika", "display_name": "Erika", "email": "erika@example.com", "password": "richtig-gutes-passwort"]
            let missing = try await browser.post("/register", form: fields, csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("Das Formular ist abgelaufen"))
            var forged = fields
            forged["_csrf"] = "forged-token"
            #expect(try await browser.post("/register", form: forged).status == .forbidden)
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test("a body that is not a form is a clear 4xx, not a 500")
    func malformedBody() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let page = try await browser.get("/register")
            let token = try #require(page.text.firstMatch(of: /name="_csrf" value="([^"]+)"/)).1
            let cookie = try #require(page.headers.setCookie?["treffpunkt_session"]).string
            let response = try await app.testing().sendRequest(.POST, "/register", headers: [
                "Content-Type": "application/json", "Cookie": "treffpunkt_session=\(cookie)", "X-CSRF-Token": String(token),
            ], body: ByteBuffer(string: "{\"username\": [1, 2"))
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Ungültige Anfrage"))
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }
}
