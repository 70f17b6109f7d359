import Vapor

/// An issued token in the shape of Mastodon's `Token`.
struct MastodonToken: Content {
    let access_token: String
    let token_type: String
    let scope: String
    /// Seconds since 1970, as Mastodon (and OAuth libraries) expect here, not an ISO date.
    let created_at: Int

    init(_ issued: IssuedToken) {
        access_token = issued.token
        token_type = "Bearer"
        scope = issued.scopes
        created_at = Int(issued.createdAt.timeIntervalSince1970)
    }
}
