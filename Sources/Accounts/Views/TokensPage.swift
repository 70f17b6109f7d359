import Foundation
import Plot
import TreffpunktCore

/// The member's API access tokens: create one (shown once), see when each was used, revoke.
enum TokensPage {
    struct Token {
        var id: Int64
        var name: String
        /// The registered app the token was issued to; `nil` for the member's own tokens.
        var appName: String?
        var createdAt: Date?
        var lastUsedAt: Date?
        var isRevoked: Bool
    }

    struct Model {
        var tokens: [Token]
        var newToken: String?
        var name = ""
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let date = { (value: Date?) in value.map { DateText.dayAndTime($0, in: context.language) } ?? context.t(AccountsText.never) }
        return Layout.page(context.t(CoreText.settingsTokensTab), context: context, content: .div(
            .h1(.text(context.t(CoreText.settingsTitle))),
            SettingsTabs.render(current: .settingsTokens, context: context),
            .section(
                .class("card"),
                .p(.text(context.t(AccountsText.tokensIntro))),
                .unwrap(model.newToken) { token in
                    .div(
                        .class("secret"), .attribute(named: "role", value: "status"),
                        .p(.text(context.t(AccountsText.tokenCreated))),
                        .element(named: "code", nodes: [Node<HTML.BodyContext>.id("new-token"), .text(token)])
                    )
                },
                .form(
                    .method(.post), .safeAction(SiteURL.settingsTokens.path), .novalidate(),
                    Layout.csrfField(context.csrfToken),
                    FormField.input("name", label: context.t(AccountsText.tokenName), value: model.name,
                                    error: model.errors["name"].map { context.t($0) }, autocomplete: "off", maxLength: 100,
                                    hint: context.t(AccountsText.tokenNameHint)),
                    .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.createToken)))
                )
            ),
            model.tokens.isEmpty
                ? .p(.class("muted"), .text(context.t(AccountsText.noTokens)))
                : .table(
                    .class("data-table"),
                    .thead(.tr(
                        .th(.text(context.t(AccountsText.tokenName))),
                        .th(.text(context.t(AccountsText.tokenApp))),
                        .th(.text(context.t(AccountsText.createdAt))),
                        .th(.text(context.t(AccountsText.lastUsed))),
                        .th(.text(""))
                    )),
                    .tbody(.forEach(model.tokens) { token in
                        .tr(
                            .td(.text(token.name)),
                            .td(.text(token.appName ?? context.t(AccountsText.personalToken))),
                            .td(.text(date(token.createdAt))),
                            .td(.text(date(token.lastUsedAt))),
                            .td(token.isRevoked
                                ? .text(context.t(AccountsText.revoked))
                                : .form(
                                    .class("inline-form"), .method(.post), .safeAction(SiteURL.settingsTokenRevoke(id: token.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    .button(.type(.submit), .class("link-button"), .text(context.t(AccountsText.revoke)))
                                ))
                        )
                    })
                )
        ))
    }
}
