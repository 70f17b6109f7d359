import Plot
import TreffpunktCore

/// The tab bar shared by the settings pages.
enum SettingsTabs {
    static func render(current: SiteURL, context: PageContext) -> Node<HTML.BodyContext> {
        let tabs: [(SiteURL, LocalizedText)] = [
            (.settingsProfile, AccountsText.settingsProfileTab),
            (.settingsAccount, AccountsText.settingsAccountTab),
            (.settingsTokens, AccountsText.settingsTokensTab),
        ]
        return .nav(
            .class("tabs"), .ariaLabel(context.t(AccountsText.settingsTitle)),
            .ul(.forEach(tabs) { url, text in
                .li(.a(
                    .href(url.path),
                    .attribute(named: "aria-current", value: url == current ? "page" : nil),
                    .text(context.t(text))
                ))
            })
        )
    }
}
