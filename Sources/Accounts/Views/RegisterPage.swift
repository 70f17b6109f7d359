import Plot
import TreffpunktCore

/// The registration form, with each problem shown beside its field and the typed values kept.
enum RegisterPage {
    struct Model {
        var username = ""
        var displayName = ""
        var email = ""
        var invitationCode: String?
        /// The token of the administrator's setup address, carried in a hidden field.
        var setupToken: String?
        var errors = FormErrors()
        /// Shown above the form when only some addresses or invited people may register.
        var notice: LocalizedText?
        var asksForInvitation: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let error = { (field: String) in model.errors[field].map { context.t($0) } }
        return Layout.page(context.t(AccountsText.registerTitle), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.registerTitle))),
            .unwrap(model.notice) { .p(.class("notice"), .text(context.t($0))) },
            .if(model.setupToken != nil, .p(.class("notice"), .text(context.t(AccountsText.setupNotice)))),
            .unwrap(error("setup_token")) { .p(.class("field-error"), .text($0)) },
            .form(
                .method(.post), .safeAction(SiteURL.register.path), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .unwrap(model.setupToken) { .input(.type(.hidden), .name("setup_token"), .safeValue($0)) },
                FormField.input("username", label: context.t(AccountsText.username), value: model.username,
                                error: error("username"), autocomplete: "username", maxLength: AccountRules.usernameMaximum,
                                hint: context.t(AccountsText.usernameHint)),
                FormField.input("display_name", label: context.t(AccountsText.displayName), value: model.displayName,
                                error: error("display_name"), autocomplete: "name", maxLength: AccountRules.displayNameMaximum),
                FormField.input("email", label: context.t(AccountsText.email), value: model.email,
                                error: error("email"), type: .email, autocomplete: "email"),
                FormField.input("password", label: context.t(AccountsText.password), error: error("password"),
                                type: .password, autocomplete: "new-password", hint: context.t(AccountsText.passwordHint)),
                .if(model.asksForInvitation || model.invitationCode != nil || model.errors["invitation_code"] != nil,
                    FormField.input("invitation_code", label: context.t(AccountsText.invitationCode), value: model.invitationCode,
                                    error: error("invitation_code"), autocomplete: "off")),
                .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.registerButton)))
            ),
            .p(
                .text(context.t(AccountsText.haveAccount) + " "),
                .a(.safeHref(SiteURL.login.path), .text(context.t(CoreText.logIn)))
            )
        ))
    }
}
