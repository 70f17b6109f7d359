import Foundation
import Vapor

/// Headers that keep pages from being framed, sniffed or fed foreign scripts, and their forms from posting elsewhere.
package struct SecurityHeadersMiddleware: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if response.headers.contentType == .html {
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy(formTargets: response.formRedirectTargets))
        }
        return response
    }

    /// `form-action` keeps markup that slipped into a page from sending what a member types to another site (a script
    /// is stopped by `script-src`, a form is not). Browsers apply it to a form's redirects too, so a page whose form is
    /// answered with a redirect elsewhere names that site as well.
    static func contentSecurityPolicy(formTargets: [String]) -> String {
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "form-action \((["'self'"] + formTargets).joined(separator: " ")); frame-ancestors 'none'; base-uri 'self'"
    }
}

extension Response {
    private struct FormRedirectTargetsKey: StorageKey {
        typealias Value = [String]
    }

    fileprivate var formRedirectTargets: [String] {
        storage[FormRedirectTargetsKey.self] ?? []
    }

    /// Lets this page's forms end in a redirect to `url`'s site, as OAuth's consent form does to the app's redirect URI
    /// (Mastodon does the same); the page's `form-action` names that site beside this one.
    package func allowFormRedirect(to url: String) {
        guard let source = Self.cspSource(of: url) else { return }
        storage[FormRedirectTargetsKey.self] = formRedirectTargets + [source]
    }

    /// The origin (`https://app.example:8443`) of a web address as a CSP source; an app's own scheme (`com.example.app:`),
    /// or the scheme where the host cannot be written in CSP (an IPv6 address), stands for itself.
    private static func cspSource(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme.wholeMatch(of: /[a-z][a-z0-9+.\-]*/) != nil else { return nil }
        guard ["http", "https"].contains(scheme), let host = components.host?.lowercased(),
              host.wholeMatch(of: /[a-z0-9\-]+(\.[a-z0-9\-]+)*/) != nil else { return scheme + ":" }
        return scheme + "://" + host + (components.port.map { ":\($0)" } ?? "")
    }
}
