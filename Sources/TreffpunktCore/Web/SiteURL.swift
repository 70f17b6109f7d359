import RoutingKit

/// Every page address of the web shell in one place, used both to register routes and to build links,
/// so the two cannot drift apart.
package enum SiteURL: Sendable, Equatable {
    case home
    case login
    case logout
    case register
    case people
    case profile(username: String)
    case settingsProfile
    case settingsAccount
    case settingsPassword
    case settingsDelete
    case settingsTokens
    case settingsTokenRevoke(id: Int64)
    case adminInvitations
    case language

    package var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .register: "/register"
        case .people: "/people"
        case .profile(let username): "/@\(username)"
        case .settingsProfile: "/settings/profile"
        case .settingsAccount: "/settings/account"
        case .settingsPassword: "/settings/account/password"
        case .settingsDelete: "/settings/account/delete"
        case .settingsTokens: "/settings/tokens"
        case .settingsTokenRevoke(let id): "/settings/tokens/\(id)/revoke"
        case .adminInvitations: "/admin/invitations"
        case .language: "/language"
        }
    }

    /// The path as route components; parameters (`:id`) stand where values go.
    package var route: [PathComponent] {
        switch self {
        case .settingsTokenRevoke: ["settings", "tokens", ":id", "revoke"]
        case .profile: [":handle"]
        default: path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        }
    }
}
