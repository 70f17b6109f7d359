import Plot

/// The one page layout every web page renders into: header with navigation, flash messages,
/// the page's content and a footer with the language switch.
package enum Layout {
    package static func page(_ title: String, context: PageContext, content: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .lang(context.language.plotLanguage),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Only the <title> element: Plot's `.title` also writes og/twitter meta tags whose
                // content attribute it does not escape, and a page title may be a member's text.
                .element(named: "title", text: "\(title) · \(context.instanceName)"),
                .link(.rel(.stylesheet), .href("/css/treffpunkt.css")),
                // Small and cached; it does nothing on pages without a video in processing.
                .script(.src("/js/media.js"), .attribute(named: "defer", value: "defer")),
                // The live connection (events for the page's own scripts), for members only: visitors have no streams.
                .if(context.viewer != nil, .script(.src("/js/live.js"), .attribute(named: "defer", value: "defer"))),
                .if(context.viewer != nil, .script(.src("/js/notification-badge.js"), .attribute(named: "defer", value: "defer")))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(context.t(CoreText.skipToContent))),
                header(context),
                .main(
                    .id("main"),
                    flashes(context),
                    content
                ),
                footer(context)
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .a(
                .class("brand"), .safeHref(SiteURL.home.path),
                .text(context.instanceName),
                .unwrap(context.organisationName) { .span(.class("brand-organisation"), .text($0)) }
            ),
            .nav(
                .safeAriaLabel(context.t(CoreText.mainNavigation)),
                .ul(.class("nav-list"), .group(navigationItems(context)))
            )
        )
    }

    private static func navigationItems(_ context: PageContext) -> [Node<HTML.ListContext>] {
        func item(_ url: SiteURL, _ text: LocalizedText) -> Node<HTML.ListContext> {
            let isCurrent = context.currentPath == url.path
            return .li(.a(
                .safeHref(url.path),
                .safeAttribute(named: "aria-current", value: isCurrent ? "page" : nil),
                .text(context.t(text))
            ))
        }
        guard let viewer = context.viewer else {
            return [item(.login, CoreText.logIn), item(.register, CoreText.register)]
        }
        var items = [
            item(.home, CoreText.home),
            item(.friends, CoreText.friends),
            notificationsItem(context),
            badgeItem(.messages, CoreText.chats, count: context.unreadChats, badgeID: "unread-chats",
                      label: CoreText.unreadChats(context.unreadChats), context: context),
            item(.search(query: nil), CoreText.search),
            item(.people, CoreText.people),
            item(.organisation, CoreText.organisation),
            item(.spaces, CoreText.spaces),
            item(.companyPages, CoreText.companyPages),
            item(.blogs, CoreText.blogs),
            item(.forums, CoreText.forums),
            item(.wiki, CoreText.wiki),
            item(.profile(username: viewer.username), CoreText.myProfile),
            item(.settingsProfile, CoreText.settings),
        ]
        if viewer.isAdmin {
            items.append(item(.adminInvitations, CoreText.invitations))
        }
        items.append(.li(
            .form(
                .class("inline-form"), .method(.post), .safeAction(SiteURL.logout.path),
                csrfField(context.csrfToken),
                .button(.type(.submit), .class("link-button"), .text(context.t(CoreText.logOut)))
            )
        ))
        return items
    }

    /// The notifications link carries the unread count, for sighted readers and screen readers alike;
    /// `notification-badge.js` counts it up as live notifications arrive.
    private static func notificationsItem(_ context: PageContext) -> Node<HTML.ListContext> {
        badgeItem(.notifications, CoreText.notifications, count: context.unreadNotifications, badgeID: "unread-notifications",
                  label: CoreText.unreadCount(context.unreadNotifications), context: context)
    }

    /// A link with a count beside it (unread notifications, chats), which live pages update.
    private static func badgeItem(_ url: SiteURL, _ text: LocalizedText, count: Int, badgeID: String, label: LocalizedText,
                                  context: PageContext) -> Node<HTML.ListContext> {
        .li(.a(
            .safeHref(url.path),
            .safeAttribute(named: "aria-current", value: context.currentPath == url.path ? "page" : nil),
            .text(context.t(text)),
            .span(
                .class("badge"), .safeID(badgeID), .safeAttribute(named: "hidden", value: count > 0 ? nil : "hidden"),
                .safeAriaLabel(context.t(label)),
                .text(count > 0 ? String(count) : "")
            )
        ))
    }

    private static func flashes(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !context.flashes.isEmpty else { return .empty }
        return .section(
            .class("flashes"), .safeAriaLabel(context.t(CoreText.messages)),
            .forEach(context.flashes) { message in
                .p(
                    .safeClass("flash flash-\(message.kind.rawValue)"),
                    .safeAttribute(named: "role", value: message.kind == .error ? "alert" : "status"),
                    .text(context.t(message.text))
                )
            }
        )
    }

    private static func footer(_ context: PageContext) -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .p(.text("\(context.instanceName) – \(context.t(CoreText.tagline))")),
            .form(
                .class("language-switch"), .method(.post), .safeAction(SiteURL.language.path),
                csrfField(context.csrfToken),
                .input(.type(.hidden), .name("return_to"), .safeValue(context.currentPath)),
                .label(.for("language-select"), .text(context.t(CoreText.languageLabel))),
                .select(
                    .id("language-select"), .attribute(named: "name", value: "language"),
                    .forEach(AppLanguage.allCases) { language in
                        .selectOption(value: language.rawValue, label: language.nativeName, isSelected: language == context.language)
                    }
                ),
                .button(.type(.submit), .text(context.t(CoreText.switchLanguage)))
            )
        )
    }

    /// The hidden anti-forgery field every form carries.
    package static func csrfField(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .safeName(CSRFMiddleware.fieldName), .safeValue(token))
    }
}

extension AppLanguage {
    var plotLanguage: Plot.Language {
        switch self {
        case .de: .german
        case .en: .english
        }
    }
}
