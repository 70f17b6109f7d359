import Testing
import TestSupport
import Vapor
import VaporTesting

/// The shell every page shares: error pages in both languages, JSON errors for clients,
/// security headers, and how the page language is chosen.
@Suite struct WebShellTests {
    @Test func missingPageIsFriendlyInGermanByDefault() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).get("/gibt-es-nicht")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .html)
            #expect(response.text.contains("Seite nicht gefunden"))
            #expect(response.body.string.contains(#"<html lang="de""#))
        }
    }

    @Test func missingPageSpeaksEnglishWhenTheBrowserAsks() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            browser.headers = ["Accept-Language": "en-GB,en;q=0.9"]
            let response = try await browser.get("/gibt-es-nicht")
            #expect(response.status == .notFound)
            #expect(response.text.contains("Page not found"))
            #expect(response.body.string.contains(#"<html lang="en""#))
        }
    }

    @Test func apiErrorsAreMastodonShapedJSON() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/gibt-es-nicht") { response in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType?.type == "application")
                let error = try response.content.decode([String: String].self)
                #expect(error["error"]?.isEmpty == false)
            }
        }
    }

    @Test func pagesCarrySecurityHeaders() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).get("/login")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
        }
    }

    @Test func languageSwitchOverridesTheBrowserForVisitors() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            browser.headers = ["Accept-Language": "de"]
            let switched = try await browser.post("/language", form: ["language": "en", "return_to": "/login"])
            #expect(switched.status == .seeOther)
            #expect(switched.location == "/login")
            #expect(try await browser.get("/login").text.contains("Log in"))
            try await browser.post("/language", form: ["language": "de"])
            #expect(try await browser.get("/login").text.contains("Anmelden"))
        }
    }

    @Test func memberSettingWinsOverTheBrowser() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.register("erika")
            try await browser.post("/language", form: ["language": "en"])
            // A new device with a German browser still gets the member's English.
            let otherDevice = TestBrowser(app)
            otherDevice.headers = ["Accept-Language": "de"]
            try await otherDevice.logIn("erika", password: "richtig-gutes-passwort")
            #expect(try await otherDevice.get("/settings/profile").body.string.contains(#"<html lang="en""#))
        }
    }

    @Test func unknownLanguageIsRefusedClearly() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).post("/language", form: ["language": "klingonisch"])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Sprache"))
        }
    }

    @Test func formWithoutTokenIsRefused() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).post("/language", form: ["language": "en"], csrf: false)
            #expect(response.status == .forbidden)
        }
    }

    /// The file middleware refuses `..` before any session exists; the error page used to read the session
    /// all the same, which stops a debug build: one request took the whole server down.
    @Test func pathOutsideThePublicFolderGetsAnErrorPageAndTheServerLivesOn() async throws {
        try await withTestApp { app in
            let visitor = TestBrowser(app)
            visitor.headers = ["Accept-Language": "en"]
            let refused = try await visitor.get("/%2e%2e/Package.swift")
            #expect(refused.status == .forbidden)
            #expect(refused.headers.contentType == .html)
            #expect(refused.body.string.contains(#"<html lang="en""#))

            let member = TestBrowser(app)
            try await member.register("erika")
            #expect(member.hasSessionCookie)
            #expect(try await member.get("/css/%2e%2e/%2e%2e/Package.swift").status == .forbidden)
            #expect(try await member.get("/settings/profile").status == .ok)
        }
    }
}
