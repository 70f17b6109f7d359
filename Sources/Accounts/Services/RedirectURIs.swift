import Foundation

/// Where an app may have the browser sent back after the consent page.
enum RedirectURIs {
    /// Mastodon's "show me the code" address for apps that cannot receive a redirect.
    static let outOfBand = "urn:ietf:wg:oauth:2.0:oob"
    static let maximumLength = 2000
    /// Schemes that would run or read something in the browser instead of handing the code to an app.
    private static let forbiddenSchemes: Set<String> = ["javascript", "data", "vbscript", "file", "about", "blob"]
    private static var schemePattern: Regex<Substring> { /^[A-Za-z][A-Za-z0-9+.\-]*$/ }

    /// Apps send one URI, several separated by white space (one per line), or an array.
    static func parse(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { seen.insert($0).inserted }
    }

    /// An absolute URI without a fragment (RFC 6749, 3.1.2), or the out-of-band marker.
    static func isAcceptable(_ uri: String) -> Bool {
        if uri == outOfBand { return true }
        guard uri.count <= maximumLength, !uri.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }),
              let components = URLComponents(string: uri), let scheme = components.scheme,
              scheme.wholeMatch(of: schemePattern) != nil, !forbiddenSchemes.contains(scheme.lowercased()),
              components.fragment == nil, uri.count > scheme.count + 1 else { return false }
        if ["http", "https"].contains(scheme.lowercased()) {
            return !(components.host ?? "").isEmpty
        }
        return true
    }

    /// The redirect URI with OAuth's answer added to its query.
    static func url(_ base: String, adding parameters: KeyValuePairs<String, String?>) -> String {
        let query = QueryString.build(parameters)
        guard !query.isEmpty else { return base }
        return base + (base.contains("?") ? "&" : "?") + query
    }
}
