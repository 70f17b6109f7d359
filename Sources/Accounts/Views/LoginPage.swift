import Plot
import TreffpunktCore

/// The login form. It keeps the typed name after a failed attempt; never the password.
enum LoginPage {
    struct Model {
        var identifier = ""
        var error: String?
        var next: String?
        var registrationOpen: Bool
        /// After a registration by e-mail domain, or a login before its confirmation: a new link can be asked for.
        var offersConfirmationResend = false
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.loginTitle), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.loginTitle))),
            .p(.text(context.t(AccountsText.loginIntro))),
            .form(
                .method(.post), .safeAction(SiteURL.login.path),
                Layout.csrfField(context.csrfToken),
                // Plot writes attribute values unescaped, and `next` comes from the address bar.
                .unwrap(model.next) { .input(.type(.hidden), .name("next"), .safeValue($0)) },
                FormField.input("identifier", label: context.t(AccountsText.usernameOrEmail), value: model.identifier,
                                autocomplete: "username"),
                FormField.input("password", label: context.t(AccountsText.password), error: model.error, type: .password,
                                autocomplete: "current-password"),
                .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.loginTitle)))
            ),
            .p(.a(.safeHref(PasswordResetURL.request.path), .text(context.t(AccountsText.forgotPassword)))),
            .if(model.offersConfirmationResend, .form(
                .method(.post), .safeAction(EmailConfirmationURL.resend.path),
                Layout.csrfField(context.csrfToken),
                .button(.type(.submit), .text(context.t(AccountsText.resendConfirmation)))
            )),
            .if(model.registrationOpen, .p(
                .text(context.t(AccountsText.noAccountYet) + " "),
                .a(.safeHref(SiteURL.register.path), .text(context.t(CoreText.register)))
            ))
        ))
    }
}
