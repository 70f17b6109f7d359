/// Mastodon's OAuth scopes: the broad ones (`read`, `write`, …) and the granular ones beneath them
/// (`read:statuses`, `admin:write:reports`, …). A broad scope covers its granular ones.
enum OAuthScopes {
    /// What an app or a token gets when it names no scopes, as in Mastodon.
    static let defaultScopes = ["read"]

    static let broad = ["read", "write", "follow", "push", "profile", "admin:read", "admin:write"]
    static let readResources = ["accounts", "blocks", "bookmarks", "collections", "favourites", "filters", "follows", "lists",
                                "mutes", "notifications", "search", "statuses"]
    static let writeResources = ["accounts", "blocks", "bookmarks", "collections", "conversations", "favourites", "filters",
                                 "follows", "lists", "media", "mutes", "notifications", "reports", "statuses"]
    static let adminResources = ["accounts", "canonical_email_blocks", "domain_allows", "domain_blocks", "email_domain_blocks",
                                 "ip_blocks", "reports"]

    static let known: Set<String> = Set(broad
        + readResources.map { "read:\($0)" }
        + writeResources.map { "write:\($0)" }
        + adminResources.map { "admin:read:\($0)" }
        + adminResources.map { "admin:write:\($0)" })

    /// Splits a scope string on spaces (and on `+`, which some clients leave in query strings), without repeats;
    /// nothing named means the default.
    static func parse(_ text: String?) -> [String] {
        var seen = Set<String>()
        let scopes = (text ?? "").split(whereSeparator: { $0.isWhitespace || $0 == "+" }).map(String.init)
            .filter { seen.insert($0).inserted }
        return scopes.isEmpty ? defaultScopes : scopes
    }

    static func unknown(in scopes: [String]) -> [String] {
        scopes.filter { !known.contains($0) }
    }

    /// The broad scope a granular one belongs to: `read:statuses` → `read`, `admin:write:reports` → `admin:write`.
    static func parent(of scope: String) -> String? {
        let parts = scope.split(separator: ":")
        switch parts.count {
        case 2 where parts[0] == "read" || parts[0] == "write": return String(parts[0])
        case 3 where parts[0] == "admin": return "admin:\(parts[1])"
        default: return nil
        }
    }

    /// Whether the scope was granted itself or through its broad scope.
    static func isCovered(_ scope: String, by granted: some Sequence<String>) -> Bool {
        let granted = Set(granted)
        return granted.contains(scope) || parent(of: scope).map(granted.contains) ?? false
    }

    /// The requested scopes the granted ones do not cover.
    static func uncovered(_ requested: [String], by granted: [String]) -> [String] {
        requested.filter { !isCovered($0, by: granted) }
    }
}
