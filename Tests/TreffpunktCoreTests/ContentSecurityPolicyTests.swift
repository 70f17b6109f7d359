import Testing
import TestSupport
import VaporTesting

/// The policy every page carries: forms post only to this site (issue 14: an injected form was not stopped by the
/// policy before), and no other site may frame a page.
@Suite("Content security policy")
struct ContentSecurityPolicyTests {
    @Test("HTML pages, error pages too, let forms post only to this site and forbid framing")
    func formsPostHome() async throws {
        try await withTestApp { app in
            for path in ["/login", "/gibt-es-nicht"] {
                let policy = try #require(try await TestBrowser(app).get(path).headers.first(name: "Content-Security-Policy"))
                let directives = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(directives.contains("form-action 'self'"), "\(path): \(policy)")
                #expect(directives.contains("frame-ancestors 'none'"), "\(path): \(policy)")
                #expect(directives.contains("script-src 'self'"), "\(path): \(policy)")
            }
        }
    }
}
