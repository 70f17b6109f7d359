import Accounts
import Foundation
import Plot
import TreffpunktCore

enum NotificationsPage {
    struct Entry {
        var id: Int64
        var kind: NotificationKind
        var actor: MemberSummary
        var postID: Int64?
        var spaceID: Int64?
        var linkPath: String?
        var excerpt: String?
        var createdAt: Date
        var isUnread: Bool
    }

    static func render(_ entries: [Entry], olderURL: String?, context: PageContext) -> HTML {
        Layout.page(context.t(SocialText.notifications), context: context, content: .div(
            .h1(.text(context.t(SocialText.notifications))),
            .form(
                .class("inline-form"), .method(.post), .safeAction(SiteURL.notificationsRead.path),
                Layout.csrfField(context.csrfToken),
                .button(.type(.submit), .text(context.t(SocialText.markAllRead)))
            ),
            entries.isEmpty
                ? .p(.class("muted"), .text(context.t(SocialText.noNotifications)))
                : .ul(.class("notification-list"), .forEach(entries) { entry in
                    .li(
                        .safeClass(entry.isUnread ? "notification card unread" : "notification card"),
                        .if(entry.isUnread, .span(.class("badge"), .text(context.t(SocialText.unread)))),
                        .p(.text(context.t(SocialText.notificationText(entry.kind, actor: entry.actor.displayName)))),
                        .unwrap(entry.excerpt) { .p(.class("excerpt"), .text($0)) },
                        .p(
                            .class("muted"),
                            .text(DateText.dayAndTime(entry.createdAt, in: context.language) + " · "),
                            entry.postID.map { .a(.safeHref(SiteURL.post(id: $0).path), .text(context.t(SocialText.post))) }
                                ?? entry.spaceID.map { .a(.safeHref(SiteURL.spaceByID($0).path), .text(context.t(SocialText.openSpace))) }
                                ?? entry.linkPath.map { .a(.safeHref($0), .text(context.t(SocialText.openLink))) }
                                ?? .a(.safeHref(SiteURL.profile(username: entry.actor.username).path), .text(entry.actor.displayName))
                        )
                    )
                }),
            .unwrap(olderURL) { .p(.a(.class("button"), .safeHref($0), .text(context.t(SocialText.older)))) }
        ))
    }
}
