import Testing
import TestSupport
import VaporTesting

/// Pages allow forms to post only to this site (`form-action 'self'`), and browsers check that along a form's redirects
/// too; the consent form is answered with a redirect to the app, so its page names the app's redirect URI as well.
@Suite("The consent page's form-action")
struct OAuthConsentPolicyTests {
    private func formAction(_ response: TestingHTTPResponse) -> String? {
        response.headers.first(name: "Content-Security-Policy")?.split(separator: ";")
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("form-action") }
    }

    @Test("The consent page lets its form end at the app's own redirect URI and at no other site")
    func consentAllowsTheAppsRedirect() async throws {
        try await withTestApp { app in
            let web = "https://client.example:8443/callback", native = "com.example.pinnwand:/oauth"
            let client = try await OAuthTesting.registerClient(app, redirectURIs: [web, native, OAuthTesting.outOfBand])
            let browser = try await OAuthTesting.member(app)
            for (redirectURI, expected) in [(web, "form-action 'self' https://client.example:8443"),
                                            (native, "form-action 'self' com.example.pinnwand:"),
                                            (OAuthTesting.outOfBand, "form-action 'self'")] {
                let consent = try await browser.get(OAuthTesting.authorizePath(client: client, redirectURI: redirectURI))
                #expect(consent.status == .ok)
                #expect(formAction(consent) == expected, "\(redirectURI)")
            }
            let approved = try await OAuthTesting.approve(browser, path: OAuthTesting.authorizePath(client: client, redirectURI: web))
            #expect(approved.location?.hasPrefix(web + "?code=") == true, "the redirect leaves for the origin the policy names")
            #expect(formAction(try await browser.get("/settings/profile")) == "form-action 'self'")
        }
    }
}
