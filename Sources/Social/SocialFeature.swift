import Fluent
import TreffpunktCore
import Vapor

/// The Social feature as the app wires it: relations, posts, feeds, notifications and search,
/// in the web UI and the Mastodon-compatible API.
package enum SocialFeature {
    package static var migrations: [any Migration] {
        [
            CreateFriendRequests(), CreateFriendships(), CreateFollows(), CreateBlocks(), CreateMutes(),
            CreatePosts(), CreatePostMentions(), CreatePostTags(), CreatePostEdits(), CreateReactions(),
            CreateNotifications(), CreateSocialPreferences(), CreatePostSearch(), ReplacePostsRootIndex(),
            CreatePostsByAuthorIndex(), AddPostSearchPrefixes(), CreatePostMedia(),
            FoldPostSearchDiacritics(), CreatePostEditMedia(), CreateSpaceMembers(), AddPostSpace(),
            AddNotificationSpace(), AddNotificationLink(), CreateMutesByMutedIndex(), CreateConversationMembers(),
            FillConversationMembers(), AddPostAnnouncement(), ConvertAnnouncementTexts(),
            CreateNotificationMailSettings(), AddNotificationMailedAt(), CreateNotificationDigestRuns(),
        ]
    }

    /// Lends what Social knows to other features: account statistics, the unread badge, who sees a post's
    /// media; and lets its writers reach the live listeners.
    package static func install(on app: Application) {
        app.accountStatistics = SocialAccountStatistics()
        app.instanceFiguresCache = InstanceFiguresCache()
        app.unreadNotifications = SocialUnreadNotifications()
        app.mediaAudiences.append(SocialMediaAudience())
        LiveEvents.install(on: app)
    }

    /// `serve` writes notification mail into the outbox in the background (immediately, or the daily digest
    /// at 07:00 Berlin time, by each person's choice) when `SMTP_URL` is set: without a mail server nobody
    /// would read it, and it would bury the outbox page. Other commands send nothing.
    package static func startNotificationMail(on app: Application, clock: @escaping @Sendable () -> Date = { Date() }) {
        guard app.config.mail.server != nil else { return }
        let mailer = NotificationMailer(database: app.db, config: app.config)
        app.repeatInBackground("notification mail", every: .seconds(30)) {
            try await mailer.sendImmediate(now: clock())
            try await mailer.sendDigestIfDue(now: clock())
        }
    }

    /// `clients` is the site root without form tokens, for WebFinger and NodeInfo.
    package static func routes(web: any RoutesBuilder, api: any RoutesBuilder, clients: any RoutesBuilder) {
        FeedController().boot(web)
        PostController().boot(web)
        LiveCardsController().boot(web)
        ProfileController().boot(web)
        FriendsController().boot(web)
        NotificationsController().boot(web)
        SearchController().boot(web)
        PostingSettingsController().boot(web)
        SocialAPI.boot(api)
        SocialAPI.bootDiscovery(clients)
    }
}
