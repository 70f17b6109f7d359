import Plot
import TreffpunktCore

/// The consent page of OAuth's code flow: which app asks, for what, in plain words; Authorize or Deny.
/// Both forms carry the request's parameters, which the server checks again on arrival.
enum AuthorizePage {
    static let path = "/oauth/authorize"

    struct Model {
        var appName: String
        var appWebsite: String?
        var scopes: [String]
        var username: String
        var parameters: AuthorizationParameters
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.authorizeTitle), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.authorizeTitle))),
            .p(.text(context.t(AccountsText.authorizeIntro(app: model.appName, username: model.username)))),
            .ul(.id("requested-scopes"), .forEach(model.scopes) { scope in
                .li(.text(context.t(ScopeDescriptions.describe(scope)) + " "), .code(.class("muted"), .text(scope)))
            }),
            .unwrap(model.appWebsite) { website in
                .p(.text(context.t(AccountsText.appWebsite) + ": "),
                   .a(.safeHref(website), .attribute(named: "rel", value: "noopener noreferrer"), .text(website)))
            },
            decisionForm("authorize", label: context.t(AccountsText.authorizeButton), isPrimary: true, model: model, context: context),
            decisionForm("deny", label: context.t(AccountsText.denyButton), isPrimary: false, model: model, context: context),
            .p(.class("muted"), .text(context.t(AccountsText.authorizeRevokeHint)))
        ))
    }

    private static func decisionForm(_ decision: String, label: String, isPrimary: Bool, model: Model,
                                     context: PageContext) -> Node<HTML.BodyContext> {
        let parameters = model.parameters
        let fields: [(String, String?)] = [
            ("response_type", parameters.responseType), ("client_id", parameters.clientID),
            ("redirect_uri", parameters.redirectURI), ("scope", model.scopes.joined(separator: " ")),
            ("state", parameters.state), ("code_challenge", parameters.codeChallenge),
            ("code_challenge_method", parameters.codeChallengeMethod), ("decision", decision),
        ]
        return .form(
            .class("inline-form"), .method(.post), .safeAction(path),
            Layout.csrfField(context.csrfToken),
            .forEach(fields.compactMap { name, value in value.map { (name, $0) } }) { name, value in
                // Plot writes attribute values as they are; `state` comes from whoever made the link.
                .input(.type(.hidden), .safeName(name), .safeValue(value))
            },
            .button(.type(.submit), .safeClass(isPrimary ? "primary" : "secondary"), .text(label))
        )
    }
}
