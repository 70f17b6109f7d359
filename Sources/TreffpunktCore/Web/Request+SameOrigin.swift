import Foundation
import Vapor

extension Request {
    /// Whether a browser sent this request from one of this server's own pages. Browsers name the page's
    /// origin in `Origin` on every write and on WebSockets, and the relation in `Sec-Fetch-Site`; the
    /// origin counts as ours when it matches the address the browser used (`Host`) or `PUBLIC_URL`.
    /// Neither header present: not a browser's cross-site request, so `absentCounts` decides.
    package func isSameOrigin(absentCounts: Bool) -> Bool {
        if let origin = headers.first(name: .origin) {
            return Self.origin(origin, matchesHost: headers.first(name: .host), publicURL: config.publicURL)
        }
        if let site = headers.first(name: "Sec-Fetch-Site") {
            return site.lowercased() == "same-origin" || site.lowercased() == "none"
        }
        return absentCounts
    }

    static func origin(_ origin: String, matchesHost host: String?, publicURL: String) -> Bool {
        guard let components = URLComponents(string: origin), let originHost = components.host else { return false }
        let authority = (components.port.map { "\(originHost):\($0)" } ?? originHost).lowercased()
        if let host, host.lowercased() == authority { return true }
        return origin.lowercased() == publicOrigin(publicURL)
    }

    private static func publicOrigin(_ publicURL: String) -> String {
        guard let components = URLComponents(string: publicURL), let scheme = components.scheme, let host = components.host else {
            return publicURL.lowercased()
        }
        return (components.port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)").lowercased()
    }
}
