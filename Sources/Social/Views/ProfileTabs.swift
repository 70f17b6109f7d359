import Plot
import TreffpunktCore

/// The two views of a profile: posts with the Pinnwand, and the photo and video gallery.
enum ProfileTabs {
    enum Tab {
        case posts, media
    }

    static func render(username: String, current: Tab, context: PageContext) -> Node<HTML.BodyContext> {
        func link(_ tab: Tab, _ path: String, _ label: LocalizedText) -> Node<HTML.BodyContext> {
            .a(.safeHref(path), .safeAttribute(named: "aria-current", value: tab == current ? "page" : nil), .text(context.t(label)))
        }
        return .nav(
            .class("profile-tabs"), .safeAriaLabel(context.t(SocialText.profileSections)),
            link(.posts, SiteURL.profile(username: username).path, SocialText.postsTab),
            link(.media, SiteURL.profileMedia(username: username).path, SocialText.mediaTab)
        )
    }
}
