import Media
import Plot
import TreffpunktCore

/// Editing one's own profile: name, about me, position, department and language.
enum ProfileSettingsPage {
    struct Model {
        var displayName: String
        var bio: String
        var position: String
        var department: String
        var language: String
        var avatarMediaID: Int64?
        var headerMediaID: Int64?
        var errors = FormErrors()
        var picturesError: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let error = { (field: String) in model.errors[field].map { context.t($0) } }
        let languages = [("", context.t(AccountsText.browserLanguage))] + AppLanguage.allCases.map { ($0.rawValue, $0.nativeName) }
        return Layout.page(context.t(AccountsText.editProfile), context: context, content: .div(
            .h1(.text(context.t(CoreText.settingsTitle))),
            SettingsTabs.render(current: .settingsProfile, context: context),
            .form(
                .class("card"), .method(.post), .safeAction(SiteURL.settingsProfile.path), .novalidate(),
                Layout.csrfField(context.csrfToken),
                FormField.input("display_name", label: context.t(AccountsText.displayName), value: model.displayName,
                                error: error("display_name"), autocomplete: "name", maxLength: AccountRules.displayNameMaximum),
                FormField.textArea("bio", label: context.t(AccountsText.bio), value: model.bio, error: error("bio"),
                                   maxLength: AccountRules.bioMaximum),
                FormField.input("position", label: context.t(AccountsText.position), value: model.position,
                                error: error("position"), autocomplete: "organization-title", required: false,
                                maxLength: AccountRules.positionMaximum),
                FormField.input("department", label: context.t(AccountsText.department), value: model.department,
                                error: error("department"), autocomplete: "off", required: false,
                                maxLength: AccountRules.departmentMaximum),
                FormField.select("language", label: context.t(AccountsText.language),
                                 options: languages.map { (value: $0.0, label: $0.1) }, selected: model.language,
                                 error: error("language"), hint: context.t(AccountsText.languageHint)),
                .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.save)))
            ),
            pictures(model, context: context)
        ))
    }

    /// A form of its own: with files it is read as it streams in, so its token also rides in the address.
    private static func pictures(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        func picture(_ purpose: MediaPurpose, current: Int64?, label: LocalizedText) -> Node<HTML.FormContext> {
            PictureField.render(purpose, current: current, label: label, idPrefix: "picture", context: context)
        }
        return .form(
            .class("card"), .method(.post), .enctype(.multipartData), .id("pictures"),
            .safeAction(SiteURL.settingsPictures.path + "?\(CSRFMiddleware.fieldName)=\(context.csrfToken)"),
            Layout.csrfField(context.csrfToken),
            .h2(.text(context.t(AccountsText.pictures))),
            .unwrap(model.picturesError) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .text(context.t($0))) },
            picture(.avatar, current: model.avatarMediaID, label: AccountsText.avatar),
            picture(.header, current: model.headerMediaID, label: AccountsText.headerImage),
            .button(.type(.submit), .class("primary"), .text(context.t(AccountsText.savePictures)))
        )
    }
}
