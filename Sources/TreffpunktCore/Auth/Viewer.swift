/// The signed-in person a request acts for, as every feature sees them.
/// The Accounts feature resolves it from the session cookie or a bearer token.
package struct Viewer: Sendable, Equatable {
    package let id: Int64
    package let username: String
    package let displayName: String
    package let role: Role
    /// The member's own language choice, if they made one.
    package let language: AppLanguage?
    /// Scopes of the bearer token the request came with; `nil` for a browser session, which may do everything.
    package let tokenScopes: Set<String>?
    /// Employees are insiders; guests (customers, applicants, partners) see only what is open to outsiders.
    package let isEmployee: Bool

    package init(id: Int64, username: String, displayName: String, role: Role, language: AppLanguage?, isEmployee: Bool,
                 tokenScopes: Set<String>? = nil) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.language = language
        self.tokenScopes = tokenScopes
        self.isEmployee = isEmployee
    }

    package var isAdmin: Bool { role == .admin }
}
