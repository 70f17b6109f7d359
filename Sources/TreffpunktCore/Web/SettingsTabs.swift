import Plot

/// The tab bar shared by the settings pages of every feature.
package enum SettingsTabs {
    package static func render(current: SiteURL, context: PageContext) -> Node<HTML.BodyContext> {
        let tabs: [(SiteURL, LocalizedText)] = [
            (.settingsProfile, CoreText.settingsProfileTab),
            (.settingsSkills, CoreText.settingsSkillsTab),
            (.settingsAccount, CoreText.settingsAccountTab),
            (.settingsTokens, CoreText.settingsTokensTab),
            (.settingsPosting, CoreText.settingsPostingTab),
        ]
        return .nav(
            .class("tabs"), .safeAriaLabel(context.t(CoreText.settingsTitle)),
            .ul(.forEach(tabs) { url, text in
                .li(.a(
                    .safeHref(url.path),
                    .safeAttribute(named: "aria-current", value: url == current ? "page" : nil),
                    .text(context.t(text))
                ))
            })
        )
    }
}
