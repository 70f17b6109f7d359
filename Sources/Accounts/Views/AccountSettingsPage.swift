import Plot
import TreffpunktCore

/// Password change and account deletion.
enum AccountSettingsPage {
    struct Model {
        var passwordErrors = FormErrors()
        /// Ticked until the member unticks it: a password changed because of a break-in should end apps' access too.
        var signOutApps = true
        var deleteErrors = FormErrors()
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let passwordError = { (field: String) in model.passwordErrors[field].map { context.t($0) } }
        let deleteError = { (field: String) in model.deleteErrors[field].map { context.t($0) } }
        return Layout.page(context.t(CoreText.settingsAccountTab), context: context, content: .div(
            .h1(.text(context.t(CoreText.settingsTitle))),
            SettingsTabs.render(current: .settingsAccount, context: context),
            .section(
                .class("card"),
                .h2(.text(context.t(AccountsText.changePassword))),
                .form(
                    .method(.post), .safeAction(SiteURL.settingsPassword.path), .novalidate(),
                    Layout.csrfField(context.csrfToken),
                    FormField.input("current_password", label: context.t(AccountsText.currentPassword),
                                    error: passwordError("current_password"), type: .password, autocomplete: "current-password"),
                    FormField.input("new_password", label: context.t(AccountsText.newPassword),
                                    error: passwordError("new_password"), type: .password, autocomplete: "new-password",
                                    hint: context.t(AccountsText.passwordHint)),
                    .div(
                        .class("field checkbox"),
                        .input(.type(.checkbox), .id("field-sign_out_apps"), .name("sign_out_apps"), .value("1"),
                               .safeAttribute(named: "checked", value: model.signOutApps ? "checked" : nil)),
                        .label(.for("field-sign_out_apps"), .text(context.t(AccountsText.revokeAppsOnPasswordChange)))
                    ),
                    .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.changePassword)))
                )
            ),
            .section(
                .class("card danger-zone"),
                .h2(.text(context.t(AccountsText.deleteAccount))),
                .p(.text(context.t(AccountsText.deleteAccountWarning))),
                .form(
                    .method(.post), .safeAction(SiteURL.settingsDelete.path), .novalidate(),
                    Layout.csrfField(context.csrfToken),
                    FormField.input("password", label: context.t(AccountsText.password), error: deleteError("password"),
                                    type: .password, autocomplete: "current-password"),
                    .button(.type(.submit), .class("danger"), .text(context.t(AccountsText.deleteAccountButton)))
                )
            )
        ))
    }
}
