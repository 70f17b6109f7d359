@testable import Accounts
import Fluent
import Foundation
@testable import Social
import Testing
import TestSupport
import TreffpunktCore
import VaporTesting

/// Issue 15: whoever registered freely was a full insider. Now people are employees or guests; only
/// employees read intern posts, and administrators change who is which.
@Suite("Employees and guests")
struct AffiliationTests {
    static let password = "richtig-gutes-passwort"

    /// Anna, the administrator, with one intern post; returns her and the post's id.
    private func annaWithInternPost(_ app: Application) async throws -> (APIMember, String) {
        let anna = try await app.apiMember("anna")
        let post = try await app.postStatus("interngeheim: die Fotos vom Sommerfest", visibility: "members", by: anna)
        return (anna, post.id)
    }

    private func affiliation(of username: String, _ app: Application) async throws -> Affiliation? {
        try await User.query(on: app.db).filter(\.$usernameKey == username).first()?.affiliation
    }

    @Test("A customer who registers freely gets 404 for an intern post on the web, through the API and finds it in no search")
    func freeRegistrationMakesAGuest() async throws {
        try await withTestApp { app in
            let (_, postID) = try await annaWithInternPost(app)
            let customer = TestBrowser(app)
            #expect(try await customer.register("kunde", affiliation: .guest).status == .seeOther)
            let token = try await customer.createAccessToken()

            #expect(try await affiliation(of: "kunde", app) == .guest)
            #expect(try await customer.get("/posts/\(postID)").status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(postID)", token: token).status == .notFound)
            #expect(!(try await customer.get("/search?q=interngeheim").text.contains("<p>interngeheim")))
            #expect(!(try await app.api(.GET, "/api/v2/search?q=interngeheim&type=statuses", token: token).text.contains("interngeheim")))
            #expect(!(try await app.api(.GET, "/api/v1/accounts/\(try await anna(app))/statuses", token: token).text.contains("interngeheim")))
        }
    }

    @Test("Registering through a client app (POST /api/v1/accounts) makes a guest, whose token reads no intern post")
    func apiRegistrationMakesAGuest() async throws {
        try await withTestApp { app in
            let (_, postID) = try await annaWithInternPost(app)
            let token = try await OAuthTesting.signUpThroughApp(app, username: "kundin", email: "kundin@example.com", locale: "de")
            #expect(try await affiliation(of: "kundin", app) == .guest)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(postID)", token: token).status == .notFound)
        }
    }

    @Test("An invitation makes an employee, who reads the intern post")
    func invitationMakesAnEmployee() async throws {
        try await withTestApp { app in
            let (anna, postID) = try await annaWithInternPost(app)
            let created = try await anna.browser.post("/admin/invitations", form: ["email": "erika@example.com"])
            let code = try #require(created.text.firstMatch(of: /invite=([A-Za-z0-9_-]+)/)).1
            let erika = TestBrowser(app)
            let invited = try await erika.register("erika", email: "erika@example.com", extra: ["invitation_code": String(code)],
                                                   affiliation: .guest)
            #expect(invited.location == "/")
            #expect(try await affiliation(of: "erika", app) == .employee)
            #expect(try await erika.get("/posts/\(postID)").status == .ok)
        }
    }

    @Test("Registration with an allowed e-mail domain makes an employee only once the address is confirmed")
    func domainMakesAnEmployeeOnlyOnceConfirmed() async throws {
        try await withTestApp(configure: { $0.registrationMode = .domain; $0.registrationDomains = ["musterfirma.de"] }) { app in
            #expect(try await AccountsAdministration.createAdmin(username: "anna", displayName: "Anna", email: "anna@musterfirma.de",
                                                                password: Self.password, on: app) == .created)
            #expect(try await affiliation(of: "anna", app) == .employee)
            let admin = TestBrowser(app)
            #expect(try await admin.logIn("anna", password: Self.password).location == "/")
            #expect(try await admin.post("/posts", form: ["text": "interngeheim", "visibility": "members", "return_to": "/"]).status == .seeOther)
            let postID = try #require(try await app.db.sql.raw("SELECT id FROM posts WHERE text LIKE 'interngeheim%'").first()?
                .decode(column: "id", as: Int64.self))

            let colleague = TestBrowser(app)
            #expect(try await colleague.register("ceo3", email: "ceo.3@musterfirma.de", affiliation: .guest).location == "/login")
            #expect(try await affiliation(of: "ceo3", app) == .guest)

            let outbox = try await admin.get("/admin/outbox")
            let row = try #require(outbox.text.firstMatch(of: #/<td>ceo\.3@musterfirma\.de</td><td><a href="(/admin/outbox/\d+)">/#))
            let mail = try await admin.get(String(row.1))
            let link = try #require(mail.text.firstMatch(of: /http:\/\/localhost:8080(\/register\/confirm\?token=[A-Za-z0-9_-]+)/)).1
            #expect(try await colleague.get(String(link)).location == "/")
            #expect(try await affiliation(of: "ceo3", app) == .employee)
            #expect(try await colleague.get("/posts/\(postID)").status == .ok)
        }
    }

    @Test("An administrator makes a guest an employee and back; it applies from the next request, in the session and for the token")
    func changeAppliesOnTheNextRequest() async throws {
        try await withTestApp { app in
            let (anna, postID) = try await annaWithInternPost(app)
            let customer = TestBrowser(app)
            try await customer.register("kunde", affiliation: .guest)
            let token = try await customer.createAccessToken()
            #expect(try await customer.get("/posts/\(postID)").status == .notFound)

            let people = try await anna.browser.get("/people")
            #expect(people.text.contains(#"action="/admin/people/kunde/affiliation""#))
            #expect(people.text.contains("Zu Mitarbeitenden machen"))
            let promoted = try await anna.browser.post("/admin/people/kunde/affiliation", form: ["affiliation": "employee"])
            #expect(promoted.location == "/people")
            #expect(try await anna.browser.get("/people").text.contains("Kunde ist jetzt Mitarbeitende:r."))
            #expect(try await customer.get("/posts/\(postID)").status == .ok)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(postID)", token: token).status == .ok)

            #expect(try await anna.browser.post("/admin/people/kunde/affiliation", form: ["affiliation": "guest"]).location == "/people")
            #expect(try await customer.get("/posts/\(postID)").status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/statuses/\(postID)", token: token).status == .notFound)
        }
    }

    @Test("Only an administrator changes someone's affiliation; an unknown choice or person is refused with a message")
    func onlyAdministratorsChangeAffiliations() async throws {
        try await withTestApp { app in
            let anna = try await app.apiMember("anna")
            let customer = TestBrowser(app)
            try await customer.register("kunde", affiliation: .guest)
            let colleague = try await app.apiMember("kollege")

            #expect(try await customer.post("/admin/people/kunde/affiliation", form: ["affiliation": "employee"]).status == .forbidden)
            #expect(try await colleague.browser.post("/admin/people/kunde/affiliation", form: ["affiliation": "employee"]).status == .forbidden)
            #expect(!(try await colleague.browser.get("/people").text.contains("/affiliation")))
            #expect(try await affiliation(of: "kunde", app) == .guest)

            let nonsense = try await anna.browser.post("/admin/people/kunde/affiliation", form: ["affiliation": "chef"])
            #expect(nonsense.status == .badRequest)
            #expect(nonsense.text.contains("Bitte „employee“ (Mitarbeitende) oder „guest“ (Gast) wählen."))
            let nobody = try await anna.browser.post("/admin/people/niemand/affiliation", form: ["affiliation": "guest"])
            #expect(nobody.status == .notFound)
            #expect(try await affiliation(of: "kunde", app) == .guest)
        }
    }

    private func anna(_ app: Application) async throws -> String {
        try #require(try await User.query(on: app.db).filter(\.$usernameKey == "anna").first()).requireID().description
    }
}
