import Fluent
import TreffpunktCore
import Vapor

/// The Accounts feature as the app wires it: its migrations, its middleware and its routes.
package enum AccountsFeature {
    package static var migrations: [any Migration] {
        [CreateUsers(), CreateAccessTokens(), CreateInvitations(), CreateLoginFailures(),
         CreateOAuthApplications(), AddApplicationToAccessTokens(), CreateOAuthAuthorizationCodes(), CreateAppTokens(),
         AddProfilePictures(), AddAccountKind(), AddEmailConfirmedAt(), CreateEmailConfirmations(),
         CreatePasswordResets(), AddAffiliation(),
         CreatePasswordlessMembers()]
    }

    /// Resolves the signed-in member for every request; install it after the sessions middleware.
    package static var viewerMiddleware: any AsyncMiddleware { ViewerMiddleware() }

    /// `clients` takes the routes that client programs call directly, without a browser session and so
    /// without a form token, outside `/api`: OAuth's `/oauth/token` and `/oauth/revoke`.
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder, clients: any RoutesBuilder) {
        AuthController().boot(web)
        EmailConfirmationController().boot(web)
        PasswordResetController().boot(web)
        ProfileController().boot(web)
        AccountSettingsController().boot(web)
        TokensController().boot(web)
        InvitationsController().boot(web)
        AffiliationController().boot(web)
        AuthorizeController().boot(web)
        AccountsAPIController().boot(api)
        AppsAPIController().boot(api)
        RegistrationAPIController().boot(api)
        OAuthController().boot(clients)
    }
}
