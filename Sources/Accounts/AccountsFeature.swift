import Fluent
import TreffpunktCore
import Vapor

/// The Accounts feature as the app wires it: its migrations, its middleware and its routes.
package enum AccountsFeature {
    package static var migrations: [any Migration] {
        [CreateUsers(), CreateAccessTokens(), CreateInvitations(), CreateLoginFailures()]
    }

    /// Resolves the signed-in member for every request; install it after the sessions middleware.
    package static var viewerMiddleware: any AsyncMiddleware { ViewerMiddleware() }

    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder) {
        AuthController().boot(web)
        ProfileController().boot(web)
        AccountSettingsController().boot(web)
        TokensController().boot(web)
        InvitationsController().boot(web)
        AccountsAPIController().boot(api)
    }
}
