import Plot
import TreffpunktCore

/// The form the reset link opens: a new password, checked by the same rules as everywhere.
enum PasswordResetPage {
    struct Model {
        var token: String
        var errors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(context.t(AccountsText.newPasswordTitle), context: context, content: .article(
            .class("card narrow"),
            .h1(.text(context.t(AccountsText.newPasswordTitle))),
            .p(.text(context.t(AccountsText.newPasswordIntro))),
            .form(
                .method(.post), .safeAction(PasswordResetURL.setPassword.path),
                Layout.csrfField(context.csrfToken),
                // The token comes from the address bar: Core's escaping attribute.
                .input(.type(.hidden), .name("token"), .safeValue(model.token)),
                FormField.input("password", label: context.t(AccountsText.newPassword),
                                error: model.errors["password"].map { context.t($0) }, type: .password,
                                autocomplete: "new-password", hint: context.t(AccountsText.passwordHint)),
                .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.newPasswordTitle)))
            )
        ))
    }
}
