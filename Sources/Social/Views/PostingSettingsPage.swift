import Plot
import TreffpunktCore

/// Default audience for new posts, whether others may follow without asking, and when notifications come by e-mail.
enum PostingSettingsPage {
    static func render(defaultVisibility: PostVisibility, acceptsFollowers: Bool, mailChoice: NotificationMailChoice,
                       context: PageContext) -> HTML {
        Layout.page(context.t(SocialText.postingSettings), context: context, content: .div(
            .h1(.text(context.t(CoreText.settingsTitle))),
            SettingsTabs.render(current: .settingsPosting, context: context),
            .form(
                .class("card"), .method(.post), .safeAction(SiteURL.settingsPosting.path),
                Layout.csrfField(context.csrfToken),
                FormField.select("default_visibility", label: context.t(SocialText.defaultVisibility),
                                 options: PostVisibility.choosable.map { (value: $0.rawValue, label: context.t($0.label)) },
                                 selected: defaultVisibility.rawValue),
                .div(
                    .class("field checkbox"),
                    .input(.type(.checkbox), .id("field-accepts_followers"), .name("accepts_followers"), .value("1"),
                           .safeAttribute(named: "checked", value: acceptsFollowers ? "checked" : nil)),
                    .label(.for("field-accepts_followers"), .text(context.t(SocialText.acceptsFollowers)))
                ),
                FormField.select("notification_mail", label: context.t(SocialText.notificationMail),
                                 options: NotificationMailChoice.allCases.map { (value: $0.rawValue, label: context.t($0.label)) },
                                 selected: mailChoice.rawValue),
                .button(.type(.submit), .class("primary"), .text(context.t(SocialText.save)))
            )
        ))
    }
}
