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
    /// The name is a constant rather than read from the application: requests still in flight while
    /// the server shuts down would find the sessions configuration gone, which stops the process.
    package var hasSessionCookie: Bool {
        cookies[SessionKeys.cookieName] != nil
    }
}

/// Names of the values the web shell keeps in a session.
package enum SessionKeys {
    /// The session cookie's name.
    package static let cookieName = "treffpunkt_session"
    package static let userID = "user_id"
    package static let authEpoch = "auth_epoch"
    package static let csrfToken = "csrf"
    package static let language = "language"
    package static let flash = "flash"
}
