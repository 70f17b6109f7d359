import Vapor

/// Mastodon-compatible endpoints of the Social feature.
package enum SocialAPI {
    /// The client API under `/api`.
    static func boot(_ api: any RoutesBuilder) {
        StatusesAPIController().boot(api)
        StatusActionsAPIController().boot(api)
        TimelinesAPIController().boot(api)
        AccountListsAPIController().boot(api)
        RelationshipsAPIController().boot(api)
        FollowRequestsAPIController().boot(api)
        NotificationsAPIController().boot(api)
        ConversationsAPIController().boot(api)
        MarkersAPIController().boot(api)
        SearchAPIController().boot(api)
        InstanceAPIController().boot(api)
    }

    /// WebFinger and NodeInfo, which live at the root of the site (`/.well-known/…`, `/nodeinfo/…`).
    package static func bootDiscovery(_ root: any RoutesBuilder) {
        DiscoveryController().boot(root)
    }
}
