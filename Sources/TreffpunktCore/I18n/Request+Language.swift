import Vapor

extension Request {
    /// The language to answer in: the member's setting, else the visitor's choice in this session,
    /// else the browser's `Accept-AppLanguage`, else German.
    package var language: AppLanguage {
        if let chosen = viewer?.language { return chosen }
        if hasSessionCookie, let stored = session.data[SessionKeys.language], let chosen = AppLanguage(rawValue: stored) { return chosen }
        return browserLanguage
    }

    /// The browser's `Accept-Language`, else German; for answers that may not read the session.
    package var browserLanguage: AppLanguage {
        AppLanguage.preferred(byAcceptLanguage: headers.first(name: .acceptLanguage)) ?? .fallback
    }

    /// True when the request came with a session cookie. Reading `session` without one would
    /// create a new session (and a database row) for every anonymous request.
    package var hasSessionCookie: Bool {
        cookies[application.sessions.configuration.cookieName] != nil
    }
}

/// Names of the values the web shell keeps in a session.
package enum SessionKeys {
    package static let userID = "user_id"
    package static let authEpoch = "auth_epoch"
    package static let csrfToken = "csrf"
    package static let language = "language"
    package static let flash = "flash"
}
