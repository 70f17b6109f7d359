import Accounts
import Foundation
import Testing
import TestSupport
import Vapor
import VaporTesting

/// Issue 15: a customer who registered freely read the whole org chart with reporting lines and the
/// people directory.
@Suite("The org chart and the directory are for employees")
struct OrgGuestTests {
    @Test("A guest gets 404 for the org chart, a person's reporting line and the directory, and a profile shows them no unit, manager or position")
    func guestsGetNotFound() async throws {
        try await withTestApp { app in
            let company = try await OrgChartFixture.company(app)
            // The installation's administrator registers first (through the setup address), so the customer is no administrator.
            try await TestBrowser(app).register("chef")
            let customer = TestBrowser(app)
            try await customer.register("kunde", affiliation: .guest)
            let anna = try await company.browser(as: "anna")

            for path in ["/org", "/org/people/bernd", "/org/directory", "/org/directory?q=Vogel", "/people"] {
                #expect(try await customer.get(path).status == .notFound, "\(path)")
                #expect(try await anna.get(path).status == .ok, "\(path)")
            }
            let profile = try await customer.get("/@bernd")
            #expect(profile.status == .ok)
            #expect(profile.text.contains("Bernd Vogel"))
            #expect(!profile.text.contains("Standortleiter"))
            #expect(!profile.text.contains("Hamburg"))
            let employeeView = try await anna.get("/@bernd")
            #expect(employeeView.text.contains("Standortleiter"))
            #expect(employeeView.text.contains("Hamburg"))
        }
    }
}
