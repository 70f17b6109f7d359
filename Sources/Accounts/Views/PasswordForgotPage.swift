import Plot
import TreffpunktCore

/// "Forgot your password?": the form for the e-mail address. After a request it says the same words
/// whether or not the address belongs to anyone.
enum PasswordForgotPage {
    struct Model {
        var email = ""
        var error: LocalizedText?
        var notice: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.forgotPassword), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.forgotPassword))),
            .unwrap(model.notice) { .p(.class("notice"), .text(context.t($0))) },
            .p(.text(context.t(AccountsText.forgotPasswordIntro))),
            .form(
                .method(.post), .safeAction(PasswordResetURL.request.path), .novalidate(),
                Layout.csrfField(context.csrfToken),
                FormField.input("email", label: context.t(AccountsText.email), value: model.email,
                                error: model.error.map { context.t($0) }, type: .email, autocomplete: "email"),
                .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.sendResetLink)))
            ),
            .p(.a(.safeHref(SiteURL.login.path), .text(context.t(AccountsText.loginTitle))))
        ))
    }
}
