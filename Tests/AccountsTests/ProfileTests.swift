@testable import Accounts
import Fluent
import Testing
import TestSupport
import VaporTesting

@Suite("Profiles")
struct ProfileTests {
    @Test("a member edits the profile and sees it at /@username")
    func editAndView() async throws {
        try await withTestApp { app in
            let erika = TestBrowser(app)
            try await erika.register("erika", displayName: "Erika Mustermann")
            #expect(try await erika.get("/settings/profile").status == .ok)
            let saved = try await erika.post("/settings/profile", form: [
                "display_name": "Erika Musterfrau", "bio": "Ich mag <b>Kaffee</b>.\nUnd Tee.",
                "position": "Teamleiterin", "department": "Vertrieb", "language": "",
            ])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/@erika")
            let profile = try await erika.get("/@erika")
            #expect(profile.status == .ok)
            #expect(profile.text.contains("Ihr Profil ist gespeichert."))
            #expect(profile.text.contains("<h1>Erika Musterfrau</h1>"))
            #expect(profile.text.contains("Teamleiterin · Vertrieb"))
            #expect(profile.text.contains("Ich mag &lt;b&gt;Kaffee&lt;/b&gt;."))
            #expect(!profile.text.contains("<b>Kaffee</b>"))
            #expect(profile.text.contains("Profil bearbeiten"))

            // Names are case-insensitive in addresses; visitors see the profile without work details.
            let visitor = try await TestBrowser(app).get("/@ERIKA")
            #expect(visitor.status == .ok)
            #expect(visitor.text.contains("Erika Musterfrau"))
            #expect(!visitor.text.contains("Teamleiterin"))
            #expect(!visitor.text.contains("Profil bearbeiten"))
        }
    }

    @Test("unknown profiles and other paths are a friendly 404")
    func unknownProfile() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).get("/@niemand")
            #expect(response.status == .notFound)
            #expect(response.text.contains("Seite nicht gefunden"))
            #expect(try await TestBrowser(app).get("/niemand").status == .notFound)
        }
    }

    @Test("invalid profile input is shown beside the field and nothing is saved")
    func invalidProfile() async throws {
        try await withTestApp { app in
            let erika = TestBrowser(app)
            try await erika.register("erika", displayName: "Erika")
            let response = try await erika.post("/settings/profile", form: [
                "display_name": "", "bio": String(repeating: "b", count: 501), "position": "Chefin", "department": "", "language": "fr",
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"field-display_name-error\""))
            #expect(response.text.contains("id=\"field-bio-error\""))
            #expect(response.text.contains("Höchstens 500 Zeichen."))
            #expect(response.text.contains("Diese Sprache gibt es nicht."))
            #expect(response.text.contains("value=\"Chefin\""))
            let stored = try #require(try await User.query(on: app.db).first())
            #expect(stored.displayName == "Erika")
            #expect(stored.position == "")
        }
    }

    @Test("the members directory pages by cursor")
    func directoryPaging() async throws {
        try await withTestApp { app in
            let viewer = TestBrowser(app)
            try await viewer.register("aaron", displayName: "Aaron")
            let hashing = PasswordHashing(application: app)
            let hash = try await hashing.hash("richtig-gutes-passwort")
            for index in 1...35 {
                let name = String(format: "person%02d", index)
                try await User(username: name, displayName: "Person \(String(format: "%02d", index))", email: "\(name)@example.com",
                               passwordHash: hash, role: .member, emailConfirmedAt: Date(), affiliation: .employee).create(on: app.db)
            }
            let first = try await viewer.get("/people")
            #expect(first.text.contains("Aaron"))
            #expect(first.text.contains("Person 29"))
            #expect(!first.text.contains("Person 30"))
            let next = try #require(first.text.firstMatch(of: /href="\/people\?after=([^"]+)"/)).1
            let second = try await viewer.get("/people?after=\(next)")
            #expect(second.text.contains("Person 30"))
            #expect(second.text.contains("Person 35"))
            #expect(!second.text.contains("Person 29"))
            #expect(!second.text.contains("?after="))
            // A cursor that is garbage shows the first page instead of failing.
            #expect(try await viewer.get("/people?after=%%%garbage").status == .ok)
        }
    }
}

import Foundation
