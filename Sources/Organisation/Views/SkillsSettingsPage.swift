import Plot
import TreffpunktCore

/// Settings → Skills: the member's skills as one comma-separated list.
enum SkillsSettingsPage {
    static func render(skills: String, errors: FormErrors = FormErrors(), context: PageContext) -> HTML {
        Layout.page(context.t(OrgChartText.skillsTitle), context: context, content: .div(
            .h1(.text(context.t(CoreText.settingsTitle))),
            SettingsTabs.render(current: .settingsSkills, context: context),
            .form(
                .class("card"), .method(.post), .safeAction(SiteURL.settingsSkills.path), .novalidate(),
                Layout.csrfField(context.csrfToken),
                FormField.textArea("skills", label: context.t(OrgChartText.skillsLabel), value: skills,
                                   error: errors["skills"].map { context.t($0) }, rows: 3,
                                   hint: context.t(OrgChartText.skillsHint)),
                .button(.type(.submit), .class("primary"), .text(context.t(OrgChartText.save)))
            )
        ))
    }
}
